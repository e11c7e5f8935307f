// Browser tests of the desk console (test/browser/**/*.test.ts; the vitest tests in test/ run on
// Node.js) in headless Chromium, configured as every Chromium suite of the workspace
// (scripts/browser-test-config.js). Run: `pnpm run test:browser` in this directory.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { browserTestConfig } from '../../scripts/browser-test-config.js';

export default browserTestConfig({
  packageUrl: new URL('./', import.meta.url),
  files: ['test/browser/**/*.test.ts'],
  // Finnish time, whatever the machine's zone: the console shows times in the person's zone, and
  // UTC would hide a time written in UTC by mistake.
  env: { TZ: 'Europe/Helsinki' },
  esbuildPlugin,
  chromeLauncher,
});
