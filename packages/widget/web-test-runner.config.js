// Browser tests (test/**/*.test.ts, not the vitest unit tests in test/unit) in headless Chromium,
// configured as every Chromium suite of the workspace (scripts/browser-test-config.js): sources
// of workspace packages, the mock API in the page through msw's service worker. Run:
// `pnpm run test:browser`.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { browserTestConfig } from '../../scripts/browser-test-config.js';

export default browserTestConfig({
  packageUrl: new URL('./', import.meta.url),
  files: ['test/**/*.test.ts', '!test/unit/**'],
  esbuildPlugin,
  chromeLauncher,
});
