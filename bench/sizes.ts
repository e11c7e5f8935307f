/**
 * Benchmark section: exact bytes of what ships and what each dependency costs in the panel's
 * opening — the size check's own figures (`scripts/size`, as `pnpm size` prints them), as tables.
 * @internal
 */
import { dependencyCosts } from '../scripts/size/dependency-costs.js';
import {
  panelOpening,
  sdkFigure,
  widgetBundleGraph,
  widgetDir,
  widgetFigures,
  withinBudget,
  type SizeFigure,
} from '../scripts/size/size-figures.js';
import { markdownTable } from './report/markdown-table.js';
import type { Benchmark } from './report/section.js';
import { formatBytes } from './report/stats.js';
import { packageVersion } from './report/versions.js';

function budgetCell(figure: SizeFigure): string {
  const { budget, size } = figure;
  if (!budget) return '—';
  const requests = budget.requests ? `, ${budget.requests} request` : '';
  const stretch = budget.stretchGzip
    ? `; stretch goal ≤ ${formatBytes(budget.stretchGzip)}: ${size.gzip <= budget.stretchGzip ? 'met' : 'not met'}`
    : '';
  return `${withinBudget(figure) ? 'met' : 'NOT met'}: ≤ ${formatBytes(budget.gzip)}${requests}${stretch}`;
}

/** What each dependency costs in the panel's opening, from the bundle graph. */
function dependencyTable(opening: SizeFigure): string {
  const graph = widgetBundleGraph();
  if (typeof graph === 'string') throw new Error(graph);
  const rows = dependencyCosts(graph, opening.files, widgetDir).map(
    ({ dependency, bytes, gzip }) => [
      dependency,
      formatBytes(bytes),
      `${((100 * bytes) / opening.size.minified).toFixed(1)}%`,
      `≈ ${formatBytes(gzip)}`,
    ],
  );
  return markdownTable(['dependency', 'minified', 'share', 'gzip (estimated)'], rows);
}

/** Sizes of the SDK and of the built widget at each moment of a visit, and the dependencies' costs. */
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
  const esbuild = packageVersion(
    'esbuild',
    new URL('../scripts/size/size-figures.ts', import.meta.url),
  );
  const vite = packageVersion('vite', new URL('../packages/widget/package.json', import.meta.url));
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
  const opening = widget.find((figure) => figure.name === panelOpening);
  if (!opening) throw new Error(`no figure "${panelOpening}"`);
  const costs =
    `What each dependency costs in "${panelOpening}" (as \`pnpm size\` prints it, ` +
    '`scripts/size/dependency-costs.ts`): exact minified bytes by source, from the build’s ' +
    'source maps (`packages/widget/dist/meta.json`); compression cannot be split by module, so ' +
    'the gzip figure is an estimate — each file’s gzip size shared out by minified bytes.';
  return {
    title: 'Bytes on the wire',
    body: [method, table, costs, dependencyTable(opening)].join('\n\n'),
    tools: { esbuild, vite, node: process.version },
  };
};
