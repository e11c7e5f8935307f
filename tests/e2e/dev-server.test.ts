/**
 * `pnpm dev` in a browser: the examples from their sources on vite's dev server, under the pages'
 * own Content Security Policy with vite's client connected. The learner opens the widget — its
 * TypeScript source, served at `/widget/opin-support.js` — and sees the API's topics; the desk
 * console and the React portal start from their sources too. No page logs an error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createSupportClient } from '@opin/support-sdk';
import { launchChromium } from '../../scripts/chromium.js';
import { startDemo, type RunningDemo } from '@opin/tools/demo';
import { LearnerWidget } from '@opin/tools/learner-widget';

describe('pnpm dev', () => {
  let dev: RunningDemo;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    dev = await startDemo('dev');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await dev.stop();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    await page.goto(dev.pages[path] ?? '');
    return page;
  }

  it('serves the portal with the widget from source, the console and the React page', async () => {
    const [topic] = await createSupportClient({ baseUrl: dev.apiBase }).listTopics({
      locale: 'fi',
    });
    const portal = await open('portal-opin/');
    const learner = new LearnerWidget(portal);
    await learner.open('fi');
    await learner.waitForTopic(topic?.title ?? '');
    const widgetScripts = await portal.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.includes('/packages/widget/src/')),
    );
    expect(widgetScripts).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/widget\/src\/panel\/index\.ts$/)]),
    );

    const desk = await open('desk-console/');
    await desk.getByLabel('Play desk').waitFor();
    const react = await open('react-portal/');
    await new LearnerWidget(react).open('fi');

    expect(problems).toEqual([]);
  });
});
