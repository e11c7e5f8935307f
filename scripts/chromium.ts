/**
 * Launches the system's Chromium through playwright-core (no browser download): headless, with
 * the flags that keep it quiet and deterministic in CI. Shared by the end-to-end tests, the
 * screenshots and the browser benchmark.
 * @internal
 */
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';

/** The flags, shared with the web-test-runner suites (`chromium-flags.json`, `browser-test-config.js`). */
const { args } = createRequire(import.meta.url)('./chromium-flags.json') as { args: string[] };

/** `CHROME_PATH`, else Debian's Chromium. */
export const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** A new headless Chromium; close it when done. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath,
    headless: true,
    args,
  });
}
