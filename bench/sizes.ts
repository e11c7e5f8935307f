/**
 * Benchmark section: exact bytes of what ships (the size check's figures, `scripts/size`), with
 * what the launcher costs before interaction in requests.
 * @internal
 */
import { sdkFigure, widgetFigures, type SizeFigure } from '../scripts/size/size-figures.js';
import { markdownTable } from './report/markdown-table.js';
import type { Benchmark } from './report/section.js';
import { formatBytes } from './report/stats.js';
import { packageVersion } from './report/versions.js';

function budgetCell(figure: SizeFigure): string {
  const { budget, size, files } = figure;
  if (!budget) return '—';
  const met = size.gzip <= budget.gzip && files.length <= (budget.requests ?? Infinity);
  return `${met ? 'met' : 'NOT met'}: ≤ ${formatBytes(budget.gzip)}${budget.requests ? `, ${budget.requests} request` : ''}`;
}

/** Sizes of the SDK and of the built widget at each moment of a visit. */
export const sizes: Benchmark = async () => {
  const widget = widgetFigures();
  if (typeof widget === 'string') throw new Error(widget);
  const figures = [...widget, await sdkFigure()];
  const rows = figures.map((figure) => [
    figure.name,
    figure.files.length ? String(figure.files.length) : '—',
    formatBytes(figure.size.minified),
    formatBytes(figure.size.gzip),
    formatBytes(figure.size.brotli),
    budgetCell(figure),
  ]);
  const esbuild = packageVersion('esbuild', import.meta.url);
  const vite = packageVersion('vite', import.meta.url);
  const method =
    `Widget figures are of \`packages/widget/dist\` as built by vite ${vite} (rolldown, minified ` +
    `by Oxc, ES2022, UTF-8); the SDK figure bundles its learner entry with esbuild ${esbuild} ` +
    `(minified, ES2022). Compressed with Node ${process.version}'s zlib: gzip level 9 and ` +
    'brotli quality 11, each file on its own as a server sends it; figures of several files are ' +
    'sums. 1 KB = 1,024 B.';
  const table = markdownTable(
    ['what', 'files', 'minified', 'gzip', 'brotli', 'budget (gzip)'],
    rows,
  );
  return {
    title: 'Bytes on the wire',
    body: `${method}\n\n${table}`,
    tools: { esbuild, vite, node: process.version },
  };
};
