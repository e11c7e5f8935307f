/**
 * Bundles the desk console: `src/main.ts` → `dist/main.js` (ES module, with a source map).
 * Resolves the SDK from source (`@opin/source`), so it does not need the packages built first.
 * Run with `pnpm --filter @opin/example-desk-console build`.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['@opin/source'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
});

const bytes = Object.entries(result.metafile.outputs)
  .filter(([file]) => file.endsWith('.js'))
  .reduce((sum, [, output]) => sum + output.bytes, 0);
process.stdout.write(`desk console: dist/main.js (${Math.round(bytes / 1024)} KiB)\n`);
