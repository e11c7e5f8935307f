// Browser tests of the desk console (test/browser/**/*.test.ts; the vitest tests in test/ run on
// Node.js) in headless Chromium. Workspace packages resolve to their TypeScript sources
// (`@opin/source`); the mock API runs in the page through msw's service worker, served at the
// origin root. Run: `pnpm run test:browser` in this directory.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const mockServiceWorker = require.resolve('msw/mockServiceWorker.js');
/** The Chromium flags every browser run of the repository uses. */
const chromium = require('../../scripts/chromium-flags.json');

/** Serves msw's worker script at `/mockServiceWorker.js` (it must sit at the origin root). */
async function serveMockServiceWorker(context, next) {
  if (context.path !== '/mockServiceWorker.js') return next();
  context.type = 'application/javascript';
  context.set('Service-Worker-Allowed', '/');
  context.body = await readFile(mockServiceWorker, 'utf8');
}

export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development', '@opin/source'] },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.test.json', import.meta.url)),
    }),
  ],
  middleware: [serveMockServiceWorker],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [...chromium.args, '--headless=new'],
        // Finnish time, whatever the machine's zone: the console shows times in the person's zone,
        // and UTC would hide a time written in UTC by mistake.
        env: { ...process.env, TZ: 'Europe/Helsinki' },
      },
    }),
  ],
  // One page at a time: focus behaves as in a foreground tab.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  // A ceiling, reached only when a test hangs: generous, so a busy machine does not reach it.
  testFramework: { config: { timeout: 60_000 } },
};
