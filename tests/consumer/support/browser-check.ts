/**
 * The consumer test's browser part: bundles a page that imports `@opin/support-widget` with the
 * esbuild that npm installed into the project, serves it over http on loopback next to the mock
 * API started from the installed package's command (another port, so every API call is
 * cross-origin and needs the API's CORS headers), and in headless Chromium clicks the launcher:
 * the dialog must open, the panel show its start heading and the topics it fetched from the API.
 * @internal
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type RunningStaticServer } from '@opin/tools/static-server';
import { launchChromium } from '../../../scripts/chromium.js';
import { LearnerWidget } from '@opin/tools/learner-widget';
import { run, startServer, type RunningChild } from './processes.js';

/** What the learner saw. */
export interface BrowserCheckResult {
  /** The page's address. */
  pageUrl: string;
  /** The first topic of the start step, as the API named it. */
  topic: string;
}

const fixtures = fileURLToPath(new URL('../fixtures/page/', import.meta.url));
const waitCeilingMs = 60_000;

/** Bundles the page into `projectDir/public` with the project's esbuild. */
export async function bundlePage(projectDir: string): Promise<void> {
  await mkdir(join(projectDir, 'src'));
  await copyFile(join(fixtures, 'main.js'), join(projectDir, 'src', 'main.js'));
  const esbuild = join(projectDir, 'node_modules', '.bin', 'esbuild');
  const args = ['src/main.js', '--bundle', '--splitting', '--format=esm', '--minify'];
  await run(esbuild, [...args, '--outdir=public/assets', '--log-level=warning'], {
    cwd: projectDir,
    ceilingMs: 2 * 60_000,
  });
}

/** Serves the bundled page with the mock API and opens the widget in Chromium. */
export async function openWidgetInChromium(projectDir: string): Promise<BrowserCheckResult> {
  let api: RunningChild | undefined;
  let site: RunningStaticServer | undefined;
  let browser: Browser | undefined;
  try {
    const command = join(projectDir, 'node_modules', '.bin', 'opin-support-mock-server');
    api = await startServer(command, ['--port', '0', '--rate-limit', '0'], {
      cwd: projectDir,
      ceilingMs: waitCeilingMs,
      ready: /^API base: (\S+)$/m,
    });
    const apiBase = api.ready[1] ?? '';
    const topic = await firstTopic(apiBase);
    const publicDir = join(projectDir, 'public');
    const html = await readFile(join(fixtures, 'index.html'), 'utf8');
    await writeFile(join(publicDir, 'index.html'), html.replace('%API_BASE%', apiBase));
    site = await startStaticServer({ mounts: [{ prefix: '/', directory: publicDir }] });
    const pageUrl = `${site.url}/index.html`;

    browser = await launchChromium();
    const page = await browser.newPage();
    page.setDefaultTimeout(waitCeilingMs);
    const problems = recordProblems(page);
    try {
      await page.goto(pageUrl);
      const learner = new LearnerWidget(page);
      await learner.open('en');
      await learner.host.getByRole('button', { name: topic }).waitFor();
    } catch (error) {
      throw new Error(
        (error instanceof Error ? error.message : String(error)) +
          (problems.length ? `\nIn the page:\n  ${problems.join('\n  ')}` : ''),
        { cause: error },
      );
    }
    return { pageUrl, topic };
  } finally {
    await browser?.close();
    await site?.close();
    await api?.stop();
  }
}

/** The English title of the API's first topic, which the start step lists. */
async function firstTopic(apiBase: string): Promise<string> {
  const response = await fetch(`${apiBase}/topics?locale=en`);
  const topics = (await response.json()) as { title?: unknown }[];
  const title = topics[0]?.title;
  if (typeof title !== 'string') throw new Error(`${apiBase}/topics listed no topic`);
  return title;
}

/** Console errors, uncaught errors and failed requests of `page`, as they happen. */
function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`),
  );
  return problems;
}
