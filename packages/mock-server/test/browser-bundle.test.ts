import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('the browser entry', () => {
  it('bundles for the browser without any Node.js built-in (for setupWorker)', async () => {
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
    expect(
      inputs.filter((path) => path.startsWith('node:') || path.includes('/src/node/')),
    ).toEqual([]);
    expect(inputs.some((path) => path.includes('/src/handlers/'))).toBe(true);
  });
});
