import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(`${dir}/${entry.name}`)
      : entry.name.endsWith('.ts')
        ? [`${dir}/${entry.name}`]
        : [],
  );
}

describe('the desk console bundle', () => {
  it('bundles for the browser with Lit and the SDK, and no Node.js built-in', async () => {
    const result = await build({
      entryPoints: [`${root}src/main.ts`],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      conditions: ['@opin/source'],
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.startsWith('node:'))).toEqual([]);
    expect(inputs.some((path) => path.includes('lit-element'))).toBe(true);
    expect(inputs.some((path) => path.includes('sdk/src/desk-client.ts'))).toBe(true);
  });

  it('works under a strict CSP: no inline scripts or styles in the page or the templates', () => {
    const page = readFileSync(`${root}index.html`, 'utf8');
    expect(page).toContain('<script type="module" src="./dist/main.js"></script>');
    expect(page).toContain('Content-Security-Policy');
    expect(page).toContain("script-src 'self'; style-src 'self'");
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/<style|\sstyle=/);
    for (const file of sourceFiles(`${root}src`)) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\sstyle=|styleMap|unsafeHTML/);
    }
  });
});
