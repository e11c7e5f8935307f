/**
 * Collects a page's Content Security Policy and Trusted Types violations as they happen: an init
 * script (run before any of the page's own scripts) listens for `securitypolicyviolation` on the
 * document, where every violation of the page, its shadow roots included, arrives. Unlike
 * `report-uri` reports, these are never batched or delayed.
 * @internal
 */
import type { Page } from 'playwright-core';

/** One violation, as the page's `SecurityPolicyViolationEvent` described it. */
export interface CspViolation {
  /** e.g. `script-src-elem`, `style-src-attr`, `require-trusted-types-for`. */
  effectiveDirective: string;
  /** e.g. `eval`, `inline`, `trusted-types-sink` or the URL refused. */
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  /** The first characters of the refused code, when the policy allows a sample. */
  sample: string;
}

/** The page's global the init script writes to. */
const store = '__opinCspViolations';

/** Starts collecting on every document `page` loads from now on. */
export async function collectViolations(page: Page): Promise<void> {
  await page.addInitScript((key: string) => {
    const seen: unknown[] = [];
    Object.defineProperty(window, key, { value: seen });
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        seen.push({
          effectiveDirective: event.effectiveDirective,
          blockedURI: event.blockedURI,
          sourceFile: event.sourceFile,
          lineNumber: event.lineNumber,
          sample: event.sample,
        });
      },
      { capture: true },
    );
  }, store);
}

/**
 * The violations of the page's current document so far, oldest first. Fails when the collector
 * is not installed, so that "none" always means none were seen.
 */
export async function violationsIn(page: Page): Promise<CspViolation[]> {
  const seen = await page.evaluate((key) => {
    const list = (window as unknown as Record<string, CspViolation[] | undefined>)[key];
    return list ? [...list] : null;
  }, store);
  if (seen === null)
    throw new Error('The page has no violation collector: call collectViolations first.');
  return seen;
}
