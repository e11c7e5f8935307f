/**
 * Strict CSP and Trusted Types (docs/design/quality.md, "Strict CSP"): a portal whose policy
 * allows scripts, styles and images from its own origin only, network requests to the support API only, and
 * requires Trusted Types for every script sink. The learner's whole journey runs on it — the
 * launcher, article search, a topic and an article, the ticket form, sending, the live ticket view
 * as a desk replies, and a switch of language — and the page sees no violation, no report and no console error.
 * Opened in Finnish, it requests the panel's chunk, the Finnish chunk and the topics, then the
 * self-help steps' chunk, and nothing else (docs/design/widget.md, "What is requested when").
 *
 * The page is tests/e2e/fixtures/strict-csp/ with the built widget (packages/widget/dist), served
 * with the policy as a response header by tests/e2e/support/csp-server.ts; the mock API runs in
 * this process on its own port. Run `pnpm build` first.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  deskKeyFor,
  startMockServer,
  type RunningMockServer,
} from '@opin/support-mock-server/node';
import { createDeskClient } from '@opin/support-sdk/desk';
import { launchChromium } from '../../scripts/chromium.js';
import { cspReportPath, startCspServer, type RunningCspServer } from './support/csp-server.js';
import { collectViolations, violationsIn } from './support/csp-violations.js';
import { LearnerWidget } from '@opin/tools/learner-widget';
import { SelfHelp } from '@opin/tools/self-help';
import { widgetWords } from '@opin/tools/widget-words';

const pageDir = fileURLToPath(new URL('fixtures/strict-csp', import.meta.url));
const widgetDir = fileURLToPath(new URL('../../packages/widget/dist', import.meta.url));

/** The portal's policy: nothing but its own files, the support API and Trusted Types. */
function strictPolicy(apiOrigin: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${apiOrigin}`,
    "img-src 'self'",
    "require-trusted-types-for 'script'",
    `report-uri ${cspReportPath}`,
  ].join('; ');
}

describe('Strict CSP and Trusted Types: the widget on a locked-down portal', () => {
  let mock: RunningMockServer;
  let portal: RunningCspServer;
  let browser: Browser;

  beforeAll(async () => {
    mock = await startMockServer({ port: 0 });
    portal = await startCspServer({
      policy: strictPolicy(mock.url),
      mounts: [
        { prefix: '/', directory: pageDir },
        { prefix: '/widget/', directory: widgetDir },
      ],
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await portal.close();
    await mock.close();
  });

  /** A fresh page that records violations, console errors and uncaught errors. */
  async function openPortal(lang?: 'fi'): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await collectViolations(page);
    const query = new URLSearchParams({ api: mock.apiBase, ...(lang ? { lang } : {}) });
    const response = await page.goto(`${portal.url}/?${query.toString()}`);
    expect(response?.headers()['content-security-policy']).toBe(strictPolicy(mock.url));
    return { page, errors };
  }

  it('opens in Finnish in one round trip: the locale chunk and the topics come with the panel', async () => {
    const { page, errors } = await openPortal('fi');
    const learner = new LearnerWidget(page);
    const launcher = learner.host.getByRole('button', { name: widgetWords.fi.launcher });
    await launcher.waitFor();
    const requests: string[] = [];
    // The widget's files and the API's, each chunk by its module's name.
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/widget/') || url.origin === mock.url) {
        requests.push(url.pathname.replace(/-[\w-]{8}\.js$/, '.js') + url.search);
      }
    });

    await launcher.dispatchEvent('click');
    await learner.host
      .getByRole('heading', { level: 2, name: widgetWords.fi.startHeading })
      .waitFor();
    await learner.step('start').locator('button.choice').first().waitFor();

    // Then, in the background, the self-help steps (tests/e2e/one-round-trip.test.ts: after these).
    await expect.poll(() => requests.length).toBe(4);
    expect(requests.sort()).toEqual([
      '/api/v1/topics?locale=fi',
      '/widget/chunks/fi.js',
      '/widget/chunks/panel.js',
      '/widget/chunks/self-help-steps.js',
    ]);
    expect(await violationsIn(page), 'violations seen by the page').toEqual([]);
    expect(errors, 'console errors and uncaught errors').toEqual([]);
    await page.context().close();
  });

  it('runs the whole learner journey without a violation, a report or a console error', async () => {
    const { page, errors } = await openPortal();
    const learner = new LearnerWidget(page);
    const selfHelp = new SelfHelp(learner);
    const article = 'Signing in with Suomi.fi identification';

    await learner.open('en');
    expect(await selfHelp.search('Suomi.fi')).toContain(article);

    await learner.chooseTopic('I cannot sign in to Opin.fi');
    expect(await selfHelp.suggestions()).toContain(article);
    await selfHelp.openArticle(article);
    expect(await selfHelp.articleParagraphs()).toHaveLength(4);
    expect(await selfHelp.articleLinks()).toEqual([
      'Suomi.fi: help with identification → https://www.suomi.fi/instructions-and-support/identification',
    ]);

    await selfHelp.stillNeedHelp();
    await learner.fillForm({
      subject: 'Sign-in returns to the front page',
      description: 'After Suomi.fi identification I am back on the front page, not signed in.',
      email: 'alex.learner@example.org',
    });
    const id = await learner.send();
    await learner.followTicket(id);
    await expect.poll(() => learner.timeline()).toEqual(['Received by Opin.fi support']);

    const desk = createDeskClient({ baseUrl: mock.apiBase, deskKey: deskKeyFor('opin') });
    const answer = 'Please clear your cookies and sign in again with Suomi.fi identification.';
    await desk.sendMessage(id, { body: answer, language: 'en', visibility: 'learner' });
    await expect.poll(() => learner.messages()).toEqual([`Opin.fi support: ${answer}`]);
    expect(await learner.timeline()).toEqual(['Received by Opin.fi support']);

    // Another language: its chunk loads from the widget's origin and the view is redrawn.
    await learner.pickLanguage('fi');
    await expect.poll(() => learner.timeline()).toEqual(['Opin.fi-tuki otti tukipyyntösi vastaan']);
    expect(await learner.messages()).toEqual([`Opin.fi-tuki: ${answer}`]);

    expect(await violationsIn(page), 'violations seen by the page').toEqual([]);
    expect(errors, 'console errors and uncaught errors').toEqual([]);

    // The policy is in force and both channels report: a string refused by Trusted Types is
    // seen by the page and reported to report-uri. Chromium sends each report as its violation
    // happens, so once this later one has arrived, any from the journey would have too.
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>not trusted</b>';
        return false;
      } catch {
        return true;
      }
    });
    expect(refused).toBe(true);
    const control = { effectiveDirective: 'require-trusted-types-for' };
    await expect.poll(() => violationsIn(page)).toEqual([expect.objectContaining(control)]);
    await expect.poll(() => portal.reports.length).toBeGreaterThan(0);
    expect(portal.reports).toEqual([
      expect.objectContaining({ 'effective-directive': 'require-trusted-types-for' }),
    ]);
    await page.context().close();
  });
});
