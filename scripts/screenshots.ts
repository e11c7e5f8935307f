/**
 * Screenshots of the widget's main steps in fi, sv and en, the desk console, phone views and dark
 * mode, in `docs/screenshots/`. Starts the demo (`examples/serve/demo.ts`, through tools/src/demo)
 * on free ports — the portal pages get the mock API through `?api=` — resets the mock before each
 * sequence and plays fixed learners (`scripts/screenshots/scenarios.ts`) with the learner's page object
 * (tools/src/learner) in headless Chromium. Fails on any console error on the pages (a blocked
 * request under the pages' Content Security Policy shows up as one).
 *
 * Run: `pnpm screenshots` (builds first), or `tsx scripts/screenshots.ts` after `pnpm build` and
 * `pnpm build:examples`. Chromium: `CHROME_PATH`, default `/usr/bin/chromium`.
 */
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { createSupportClient, type Locale } from '@opin/support-sdk';
import { createDeskClient } from '@opin/support-sdk/desk';
import { createMockControl } from '@opin/support-mock-server/control';
import { launchChromium } from './chromium.js';
import { startDemo, type RunningDemo } from '@opin/tools/demo';
import { LearnerWidget } from '@opin/tools/learner-widget';
import { transferAndAnswer } from './screenshots/desk-side.js';
import { playLearnerJourney } from './screenshots/learner-journey.js';
import { scenarios, type Scenario } from './screenshots/scenarios.js';

const outDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
const regionalTags: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
/** The sequence whose ticket the desk console shows, open as the desk that answered it. */
const deskConsoleLocale: Locale = 'sv';

const problems: string[] = [];

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const demo = await startDemo();
  let browser: Browser | undefined;
  try {
    const widget = await fetch(demo.widget);
    if (!widget.ok) throw new Error('The widget is not built: run `pnpm build` first.');
    browser = await launchChromium();
    for (const scenario of scenarios) await runScenario(browser, demo, scenario);
    await runPhoneStart(browser, demo);
    await runInstitutionPreview(browser, demo);
    await runDark(browser, demo);
  } finally {
    await browser?.close();
    await demo.stop();
  }
  if (problems.length > 0) {
    throw new Error(`The pages logged errors:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** One learner's journey on the Opin.fi portal, reset and fresh storage first. */
async function runScenario(browser: Browser, demo: RunningDemo, scenario: Scenario) {
  const { locale } = scenario;
  await createMockControl({ baseUrl: demo.apiBase }).reset();
  const topics = await createSupportClient({ baseUrl: demo.apiBase }).listTopics({ locale });
  const topicTitle = topics.find((t) => t.id === scenario.topicId)?.title;
  if (topicTitle === undefined) throw new Error(`No topic ${scenario.topicId} in ${locale}.`);

  const context = await browser.newContext(contextOptions(locale, desktop));
  try {
    const page = await openPage(context.newPage(), portalUrl(demo, locale));
    const ticketId = await playLearnerJourney(new LearnerWidget(page), scenario, {
      topicTitle,
      capture: (step) => capture(page, `${step}-${locale}`),
      afterSent: (id) => transferAndAnswer(demo.apiBase, id, scenario),
    }).catch(async (error: unknown) => {
      const path = join(tmpdir(), `opin-screenshots-failed-${locale}.png`);
      await page.screenshot({ path }).catch(() => undefined);
      process.stderr.write(`The ${locale} journey failed; the page as it was: ${path}\n`);
      throw error;
    });
    if (locale === deskConsoleLocale) {
      const consoleUrl = new URL(`${demo.webBase}/desk-console/`);
      consoleUrl.searchParams.set('api', demo.apiBase);
      consoleUrl.searchParams.set('desk', scenario.institutionId);
      consoleUrl.searchParams.set('ticket', ticketId);
      const deskPage = await openPage(context.newPage(), consoleUrl.href);
      await deskPage.locator('#ticket-heading', { hasText: ticketId }).waitFor();
      await capture(deskPage, 'desk-console');
      await runReplyBadge(context, demo, ticketId, scenario.institutionId);
    }
  } finally {
    await context.close();
  }
}

/**
 * The learner comes back to the portal after the desk wrote again: the launcher shows the badge
 * for the unread reply (same browser context, so the ticket is remembered). The journey's pages
 * close first: a ticket view still open would read the reply at once.
 */
async function runReplyBadge(
  context: BrowserContext,
  demo: RunningDemo,
  ticketId: string,
  deskId: string,
) {
  await Promise.all(context.pages().map((open) => open.close()));
  const desk = createDeskClient({ baseUrl: demo.apiBase, deskKey: `dev-${deskId}` });
  const { language } = await desk.getTicket(ticketId);
  await desk.sendMessage(ticketId, {
    body: 'Fungerade det? Hör gärna av dig om problemet finns kvar.',
    language,
    visibility: 'learner',
  });
  const page = await openPage(context.newPage(), portalUrl(demo, deskConsoleLocale));
  await page.getByRole('button', { name: 'Behöver du hjälp? Nytt svar', exact: true }).waitFor();
  await capture(page, 'launcher-new-reply-sv');
}

/** The start step on a phone, in Finnish. */
async function runPhoneStart(browser: Browser, demo: RunningDemo) {
  await createMockControl({ baseUrl: demo.apiBase }).reset();
  const context = await browser.newContext({
    ...contextOptions('fi', phone),
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await openPage(context.newPage(), portalUrl(demo, 'fi'));
    const learner = new LearnerWidget(page);
    await learner.open('fi');
    await learner.step('start').getByRole('listitem').first().waitFor();
    await capture(page, 'mobile-start-fi');
  } finally {
    await context.close();
  }
}

/** Use case 4 begins: on Åbo Akademi's page, a topic Opin.fi owns is handed to Opin.fi. */
async function runInstitutionPreview(browser: Browser, demo: RunningDemo) {
  await createMockControl({ baseUrl: demo.apiBase }).reset();
  const topics = await createSupportClient({ baseUrl: demo.apiBase }).listTopics({ locale: 'sv' });
  const topicTitle = topics.find((t) => t.id === 'personal-data')?.title ?? 'personal-data';
  const context = await browser.newContext(contextOptions('sv', desktop));
  try {
    const url = new URL(`${demo.webBase}/portal-institution/`);
    url.searchParams.set('api', demo.apiBase);
    const page = await openPage(context.newPage(), url.href);
    const learner = new LearnerWidget(page);
    await learner.open('sv');
    await learner.chooseTopic(topicTitle);
    await learner.waitForTopicPreview('Opin.fi-supporten svarar dig');
    await learner
      .step('topic')
      .getByRole('button', { name: learner.words.writeToSupport })
      .scrollIntoViewIfNeeded();
    await capture(page, 'institution-topic-sv');
  } finally {
    await context.close();
  }
}

/**
 * Dark mode (the learner's system setting): the start step on a desktop, in English, and the
 * who-answers card of a question for Hanken on a phone, in Swedish.
 */
async function runDark(browser: Browser, demo: RunningDemo) {
  await createMockControl({ baseUrl: demo.apiBase }).reset();
  const desktopContext = await browser.newContext({
    ...contextOptions('en', desktop),
    colorScheme: 'dark',
  });
  try {
    const page = await openPage(desktopContext.newPage(), portalUrl(demo, 'en'));
    const learner = new LearnerWidget(page);
    await learner.open('en');
    await learner.step('start').getByRole('listitem').first().waitFor();
    await capture(page, 'start-dark-en');
  } finally {
    await desktopContext.close();
  }

  const topics = await createSupportClient({ baseUrl: demo.apiBase }).listTopics({ locale: 'sv' });
  const topicTitle = topics.find((t) => t.id === 'credits-and-grades')?.title;
  if (topicTitle === undefined) throw new Error('No topic credits-and-grades in sv.');
  const phoneContext = await browser.newContext({
    ...contextOptions('sv', phone),
    colorScheme: 'dark',
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await openPage(phoneContext.newPage(), portalUrl(demo, 'sv'));
    const learner = new LearnerWidget(page);
    await learner.open('sv');
    await learner.chooseTopic(topicTitle);
    await learner.chooseInstitutionById('hanken');
    const card = await learner.waitForTopicPreview('Svenska handelshögskolan svarar dig');
    await card.scrollIntoViewIfNeeded();
    await capture(page, 'mobile-topic-dark-sv');
  } finally {
    await phoneContext.close();
  }
}

function contextOptions(locale: Locale, viewport: typeof desktop): BrowserContextOptions {
  return { viewport, locale: regionalTags[locale], timezoneId: 'Europe/Helsinki' };
}

function portalUrl(demo: RunningDemo, locale: Locale): string {
  const url = new URL(`${demo.webBase}/portal-opin/`);
  url.searchParams.set('lang', locale);
  url.searchParams.set('api', demo.apiBase);
  return url.href;
}

/** Opens `url`, recording the page's console errors and uncaught exceptions as problems. */
async function openPage(opening: Promise<Page>, url: string): Promise<Page> {
  const page = await opening;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  await page.goto(url);
  return page;
}

/** Saves the viewport as `docs/screenshots/<name>.png`, the mouse out of the way (no hover). */
async function capture(page: Page, name: string): Promise<void> {
  const path = `${outDir}${name}.png`;
  await page.mouse.move(0, 0);
  await page.screenshot({ path, animations: 'disabled' });
  process.stdout.write(`  docs/screenshots/${name}.png\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshots: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
