/**
 * The per-file fixture of the end-to-end tests: one Chromium per test file; per test, a fresh
 * mock (POST /_mock/reset), one browser context for the learner and one for the desk person,
 * and SDK clients to check the API state. Uncaught page errors fail the test.
 * @internal
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createSupportClient, type Desk, type Locale, type SupportClient } from '@opin/support-sdk';
import { createDeskClient, type DeskClient } from '@opin/support-sdk/desk';
import { createMockControl, type MockControl } from '@opin/support-mock-server/control';
import { launchChromium } from '../../../scripts/chromium.js';
import { reportPages } from './failure-report.js';
import { DeskConsole } from './desk-console.js';
import { LearnerWidget } from '@opin/tools/learner-widget';

/** What a test works with. */
export interface E2E {
  webBase: string;
  apiBase: string;
  /** Every desk, as `GET /desks` lists them. */
  desks: readonly Desk[];
  /** The learner API (for checks, with a ticket's access token). */
  learnerApi: SupportClient;
  /** A desk's API client (key `dev-<id>`), for checks. */
  deskApi(id: string): DeskClient;
  mock: MockControl;
  /**
   * Opens a portal page (path under the examples, e.g. `portal-opin/index.html`) as the learner,
   * with `?api=` pointing at the mock and `?lang=` if given.
   */
  openPortal(path: string, options?: { lang?: Locale }): Promise<LearnerWidget>;
  /**
   * Opens the desk console, playing `deskId`; with `mailCatcher`, e-mail desks read and answer
   * the demo's caught mail (`?mail=`) instead of the outbox and the HTTP bridge; with
   * `webhookReceiver`, it shows the demo webhook receiver's pushes (`?hooks=`).
   */
  openConsole(
    deskId: string,
    options?: { mailCatcher?: boolean; webhookReceiver?: boolean },
  ): Promise<DeskConsole>;
}

/** Registers the hooks of one test file and returns its fixture. */
export function useE2E(): E2E {
  const webBase = inject('webBase');
  const apiBase = inject('apiBase');
  const mailCatcher = inject('mailCatcher');
  const webhookReceiver = inject('webhookReceiver');
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];
  let pages: Page[] = [];
  let consoleErrors: string[] = [];
  const options = { baseUrl: apiBase, timeout: 10_000 };

  const e2e: E2E = {
    webBase,
    apiBase,
    desks: [],
    learnerApi: createSupportClient(options),
    deskApi: (id) => createDeskClient({ ...options, deskKey: `dev-${id}` }),
    mock: createMockControl(options),
    async openPortal(path, { lang } = {}) {
      const page = await newPage();
      const query = new URLSearchParams({ api: apiBase, ...(lang ? { lang } : {}) });
      await page.goto(`${webBase}/${path}?${query.toString()}`);
      return new LearnerWidget(page);
    },
    async openConsole(deskId, options = {}) {
      const page = await newPage();
      return DeskConsole.open(page, {
        webBase,
        apiBase,
        deskId,
        desks: e2e.desks,
        ...(options.mailCatcher ? { mailCatcher } : {}),
        ...(options.webhookReceiver ? { webhookReceiver } : {}),
      });
    },
  };

  async function newPage(): Promise<Page> {
    if (!browser) throw new Error('The browser is not running.');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    pages.push(page);
    return page;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    e2e.desks = await e2e.learnerApi.listDesks();
  });
  beforeEach(async () => {
    await e2e.mock.reset();
    pageErrors = [];
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await reportPages(pages, consoleErrors);
    pages = [];
    consoleErrors = [];
    const errors = pageErrors;
    await Promise.all(contexts.map((browserContext) => browserContext.close()));
    contexts = [];
    expect(errors, 'uncaught errors in the pages').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return e2e;
}
