/**
 * Size budgets (quality.md): bundles each browser entry with esbuild (minified, ESM), compresses it
 * with gzip level 9 and brotli, and fails when a gzip size is over its budget. Sizes are exact bytes.
 * Run: `pnpm size`.
 */
import { build } from 'esbuild';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

interface Budget {
  name: string;
  entry: string;
  /** gzip bytes; 1 KB = 1,024 B. */
  gzipBudget: number;
}

const budgets: Budget[] = [
  {
    name: 'SDK (learner client + schemas)',
    entry: 'packages/sdk/src/index.ts',
    gzipBudget: 16 * 1024,
  },
];

const root = fileURLToPath(new URL('..', import.meta.url));
let failed = false;
for (const budget of budgets) {
  const result = await build({
    entryPoints: [budget.entry],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@opin/source'],
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzip = gzipSync(code, { level: 9 }).byteLength;
  const brotli = brotliCompressSync(code).byteLength;
  const ok = gzip <= budget.gzipBudget;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${budget.name}: ${code.byteLength} B minified, ${gzip} B gzip, ${brotli} B brotli (budget ${budget.gzipBudget} B gzip)`,
  );
}
if (failed) process.exit(1);
