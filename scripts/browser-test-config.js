// The @web/test-runner configuration every Chromium suite of the workspace shares (the widget's
// and the desk console's): headless Chromium with the repository's flags, workspace packages
// resolved to their TypeScript sources (`@opin/source`), the mock API in the page through msw's
// service worker (served at the origin root), one page at a time, every test file starting with an
// empty localStorage, and generous ceilings.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The Chromium flags every browser run of the repository uses. */
const chromium = createRequire(import.meta.url)('./chromium-flags.json');

/**
 * The configuration for the package at `packageUrl` (its directory, as a `file:` URL ending in
 * `/`): its tests are `files`, compiled with its `tsconfig.test.json`; `env` is added to
 * Chromium's environment. The package passes its own `esbuildPlugin` (@web/dev-server-esbuild)
 * and `chromeLauncher` (@web/test-runner-chrome): they are its dependencies, not the root's.
 */
export function browserTestConfig({ packageUrl, files, env = {}, esbuildPlugin, chromeLauncher }) {
  // msw as the package itself resolves it.
  const mockServiceWorker = createRequire(packageUrl).resolve('msw/mockServiceWorker.js');

  /** Serves msw's worker script at `/mockServiceWorker.js` (it must sit at the origin root). */
  async function serveMockServiceWorker(context, next) {
    if (context.path !== '/mockServiceWorker.js') return next();
    context.type = 'application/javascript';
    context.set('Service-Worker-Allowed', '/');
    context.body = await readFile(mockServiceWorker, 'utf8');
  }

  return {
    rootDir: fileURLToPath(new URL('..', import.meta.url)),
    files,
    nodeResolve: { browser: true, exportConditions: ['browser', 'development', '@opin/source'] },
    plugins: [
      esbuildPlugin({
        ts: true,
        target: 'es2022',
        tsconfig: fileURLToPath(new URL('tsconfig.test.json', packageUrl)),
      }),
    ],
    middleware: [serveMockServiceWorker],
    // The files share one origin, so what one leaves in localStorage (a draft, a remembered ticket)
    // would reach the next: each starts with none, before the test framework loads.
    testRunnerHtml: (testFramework) =>
      `<!doctype html><html><body><script>localStorage.clear();</script><script type="module" src="${testFramework}"></script></body></html>`,
    browsers: [
      chromeLauncher({
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          headless: true,
          args: [...chromium.args, '--headless=new'],
          env: { ...process.env, ...env },
        },
      }),
    ],
    // One page at a time: focus and the modal dialog behave as in a foreground tab.
    concurrency: 1,
    concurrentBrowsers: 1,
    browserStartTimeout: 60_000,
    testsStartTimeout: 60_000,
    testsFinishTimeout: 300_000,
    // A ceiling, reached only when a test hangs: generous, so a busy machine does not reach it.
    testFramework: { config: { timeout: 60_000 } },
  };
}
