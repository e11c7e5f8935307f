/**
 * Bundles the React portal: `src/main.tsx` → `dist/main.js` (ES module, with a source map) and the
 * widget's panel as chunks under `dist/chunks/`, loaded on first interaction as in any app.
 * Resolves the widget from source (`@opin/source`), so it does not need the packages built first.
 * Run with `pnpm --filter @opin/example-react-portal build`.
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

await rm(new URL('dist', import.meta.url), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/main.tsx'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['@opin/source'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
});

const bytes = Object.entries(result.metafile.outputs)
  .filter(([file]) => file.endsWith('.js'))
  .reduce((sum, [, output]) => sum + output.bytes, 0);
process.stdout.write(`react portal: dist/main.js and chunks (${Math.round(bytes / 1024)} KiB)\n`);
