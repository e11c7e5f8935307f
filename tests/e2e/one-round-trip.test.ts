/**
 * Opening in one round trip (docs/design/widget.md, "What is requested when"): after the learner's
 * first click on the launcher, with no hover before it (a phone), the widget requests everything
 * its first step needs at once — the panel's chunk, the chunk of the UI language (Finnish and
 * Swedish; English is built in) and the first step's data, `GET /topics?locale=` — and then fetches
 * nothing twice: the panel uses the response the launcher asked for. Only once the start step is
 * shown does the panel fetch one more file, in the background: the self-help steps' chunk.
 *
 * Proven without a clock: the panel chunk's response is held back (`page.route`) until the locale
 * chunk and the topics have been requested. A widget that asks for them only once the panel has
 * loaded never gets the panel, and the test fails at its ceiling.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import type { Locale } from '@opin/support-sdk';
import { widgetWords } from '@opin/tools/widget-words';
import type { LearnerWidget } from '@opin/tools/learner-widget';
import { useE2E } from './support/e2e-suite.js';

const e2e = useE2E();

/**
 * Names a request of the widget by what it is for: its chunks by their module, the API's by path;
 * `undefined` for the portal's own files (the page's, not the widget's).
 */
function describeRequest(request: Request, apiBase: string): string | undefined {
  const url = new URL(request.url());
  const chunk = /^\/widget\/chunks\/([\w-]+?)-[\w-]{8}\.js$/.exec(url.pathname)?.[1];
  if (chunk) return `${request.method()} ${chunk} chunk`;
  const api = new URL(apiBase);
  if (url.origin === api.origin) {
    return `${request.method()} ${url.pathname.replace(api.pathname, '')}${url.search}`;
  }
  return url.pathname.startsWith('/widget/') ? `${request.method()} ${url.pathname}` : undefined;
}

/** What the first step needs in `locale`, as {@link describeRequest} names it. */
const firstStep = (locale: Locale): string[] =>
  [
    'GET panel chunk',
    ...(locale === 'en' ? [] : [`GET ${locale} chunk`]),
    `GET /topics?locale=${locale}`,
  ].sort();

/** What the panel fetches in the background once its first step is shown. */
const afterFirstStep = ['GET self-help-steps chunk'];

/**
 * Checks `requests`: those of the first step in `locale`, at once (in any order), and only then
 * the background fetch; waits for that one, which may still be on its way.
 */
async function expectOpening(requests: readonly string[], locale: Locale): Promise<void> {
  const first = firstStep(locale);
  await expect.poll(() => requests.length).toBe(first.length + afterFirstStep.length);
  expect(requests.slice(0, first.length).sort(), 'what the first step fetched').toEqual(first);
  expect(requests.slice(first.length), 'what came after the first step').toEqual(afterFirstStep);
}

/** Every request for the widget's files or the API that `page` makes from now on, named. */
function recordRequests(page: Page, apiBase: string): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const name = describeRequest(request, apiBase);
    if (name) requests.push(name);
  });
  return requests;
}

/**
 * Holds back the panel chunk's response until every request of `expected` but the panel's own has
 * been made. `held()` says whether the panel chunk was held (the route matched it).
 */
async function holdPanelUntil(
  page: Page,
  requests: readonly string[],
  expected: readonly string[],
): Promise<{ held: () => boolean }> {
  const others = expected.filter((name) => name !== 'GET panel chunk');
  let held = false;
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const check = () => {
    if (others.every((name) => requests.includes(name))) release();
  };
  page.on('request', check);
  await page.route(
    (url) => url.pathname.startsWith('/widget/chunks/panel-'),
    async (route) => {
      held = true;
      check();
      await released;
      // The page may be gone when the test has failed already.
      await route.continue().catch(() => undefined);
    },
  );
  return { held: () => held };
}

/**
 * Waits for the start step with its topics, in `locale`; if it does not come (at the locator's
 * ceiling), fails with what the widget requested.
 */
async function startStepShown(
  learner: LearnerWidget,
  locale: Locale,
  requests: readonly string[],
): Promise<void> {
  const words = widgetWords[locale];
  try {
    await learner.host.getByRole('dialog', { name: words.dialog }).waitFor();
    await learner.host.getByRole('heading', { level: 2, name: words.startHeading }).waitFor();
    await learner.step('start').locator('button.choice').first().waitFor();
  } catch (error) {
    const asked = requests.join(', ') || 'nothing';
    throw new Error(`No start step with topics; the widget asked for: ${asked}`, { cause: error });
  }
}

describe('Opening in one round trip', () => {
  for (const locale of ['fi', 'sv', 'en'] as const) {
    const what = locale === 'en' ? 'no locale chunk' : `the ${locale} chunk`;
    it(`a click (no hover) requests the panel, ${what} and the topics at once, each once (${locale})`, async () => {
      const learner = await e2e.openPortal('portal-opin/index.html', { lang: locale });
      const { page } = learner;
      const launcher = learner.host.getByRole('button', { name: widgetWords[locale].launcher });
      await launcher.waitFor();
      const requests = recordRequests(page, e2e.apiBase);
      const { held } = await holdPanelUntil(page, requests, firstStep(locale));

      // A click and nothing before it: no pointer over the launcher, no focus.
      await launcher.dispatchEvent('click');
      await startStepShown(learner, locale, requests);

      expect(held(), 'the panel chunk was held back').toBe(true);
      await expectOpening(requests, locale);
    });
  }

  it('the hover before a click requests all of it, and the click only the self-help steps (fi)', async () => {
    const learner = await e2e.openPortal('portal-opin/index.html', { lang: 'fi' });
    const { page } = learner;
    const launcher = learner.host.getByRole('button', { name: widgetWords.fi.launcher });
    await launcher.waitFor();
    const requests = recordRequests(page, e2e.apiBase);
    const { held } = await holdPanelUntil(page, requests, firstStep('fi'));

    await launcher.hover();
    await expect.poll(() => [...requests].sort()).toEqual(firstStep('fi'));
    await launcher.click();
    await startStepShown(learner, 'fi', requests);

    expect(held(), 'the panel chunk was held back').toBe(true);
    await expectOpening(requests, 'fi');
  });
});
