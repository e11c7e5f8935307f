/**
 * What a failed end-to-end test leaves behind: each page's address, its text (through shadow
 * roots, so the widget's too) and a screenshot in the temp folder, and the pages' console errors.
 * @internal
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Writes the report to stderr. */
export async function reportPages(
  pages: readonly Page[],
  consoleErrors: readonly string[],
): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'opin-e2e-'));
  const lines: string[] = ['', `--- end-to-end failure report (screenshots in ${folder}) ---`];
  for (const [index, page] of pages.entries()) {
    if (page.isClosed()) continue;
    const file = join(folder, `page-${index + 1}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    const text = await page.evaluate(pageText).catch((error: unknown) => String(error));
    lines.push(`[page ${index + 1}] ${page.url()}`, text.slice(0, 6_000), '');
  }
  if (consoleErrors.length > 0) lines.push('Console errors:', ...consoleErrors);
  process.stderr.write(`${lines.join('\n')}\n`);
}

/** Runs in the page: its text, descending into open shadow roots. */
function pageText(): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').trim();
      if (text !== '') parts.push(text);
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(document.body);
  return parts.join(' | ');
}
