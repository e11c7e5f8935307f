import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import examplesConfig from '../../vite.config.js';

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

/** The console's page built as the examples' build does it, in memory. */
async function buildConsole(): Promise<Rolldown.RolldownOutput> {
  const output = await build({
    ...examplesConfig,
    configFile: false,
    logLevel: 'silent',
    plugins: [],
    build: {
      ...examplesConfig.build,
      write: false,
      sourcemap: false,
      rolldownOptions: { input: join(root, 'index.html') },
    },
  });
  if (Array.isArray(output) || !('output' in output)) throw new Error('expected one build output');
  return output;
}

describe('the desk console bundle', () => {
  it('bundles for the browser with Lit and the SDK, and no Node.js built-in', async () => {
    const chunks = (await buildConsole()).output.filter((file) => file.type === 'chunk');
    const modules = chunks.flatMap((chunk) => chunk.moduleIds);
    const imports = chunks.flatMap((chunk) => [...chunk.imports, ...chunk.dynamicImports]);
    expect(modules.filter((id) => /browser-external|^node:/.test(id))).toEqual([]);
    expect(imports.filter((id) => id.startsWith('node:'))).toEqual([]);
    expect(modules.some((id) => id.includes('lit-element'))).toBe(true);
    expect(modules.some((id) => id.includes('packages/sdk/src/desk-client.ts'))).toBe(true);
  });

  it('works under a strict CSP: no inline scripts or styles in the page or the templates', () => {
    const page = readFileSync(`${root}index.html`, 'utf8');
    expect(page).toContain('<script type="module" src="./src/main.ts"></script>');
    expect(page).toContain('Content-Security-Policy');
    expect(page).toContain("script-src 'self'; style-src 'self'");
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/<style|\sstyle=/);
    for (const file of sourceFiles(`${root}src`)) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\sstyle=|styleMap|unsafeHTML/);
    }
  });
});
