import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('the rules', () => {
  it('bundle for the browser without any Node.js built-in or msw (the mock runs them there)', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      conditions: ['@opin/source', 'browser'],
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.startsWith('node:') || /\/msw\//.test(path))).toEqual([]);
    expect(inputs.some((path) => path.includes('packages/domain/src/handoffs.ts'))).toBe(true);
  });
});
