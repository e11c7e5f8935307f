/**
 * The size figures of docs/design/quality.md, measured on what ships: the SDK alone (bundled here from its
 * entry with esbuild, minified), and the widget's built files (vite) at each moment of a visit,
 * found through its bundle graph. Used by the size check (`pnpm size`) and the benchmark report
 * (`pnpm bench`).
 * @internal
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BundleGraph } from '../../packages/widget/scripts/bundle/bundle-graph.js';
import { compressedSize, totalSize, type CompressedSize } from './compressed-size.js';
import { widgetLoads } from './widget-files.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The widget package, which the figures' file paths are relative to. */
export const widgetDir = `${root}packages/widget`;
const KB = 1024;

/** The figure of the panel's opening, whose files the dependency costs break down. */
export const panelOpening = 'panel: JS after opening (panel, SDK, largest locale)';

/** One measured figure, with its budget where docs/design/quality.md sets one. */
export interface SizeFigure {
  name: string;
  /** The files measured (widget figures), relative to `packages/widget`. */
  files: string[];
  size: CompressedSize;
  /** gzip bytes and, if limited, the number of files (requests); a stretch goal, not checked. */
  budget?: { gzip: number; requests?: number; stretchGzip?: number };
}

/** Whether `figure` is within its budget (its stretch goal aside); true without a budget. */
export function withinBudget({ size, budget, files }: SizeFigure): boolean {
  return !budget || (size.gzip <= budget.gzip && files.length <= (budget.requests ?? Infinity));
}

/** The SDK's learner entry, as a browser bundle of it would be. */
export async function sdkFigure(): Promise<SizeFigure> {
  const result = await build({
    entryPoints: ['packages/sdk/src/index.ts'],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    conditions: ['@opin/source'],
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    name: 'SDK alone (learner client, schemas, ky)',
    files: [],
    size: compressedSize(code),
    budget: { gzip: 16 * KB },
  };
}

function figure(name: string, files: string[], budget?: SizeFigure['budget']): SizeFigure {
  const size = totalSize(files.map((file) => readFileSync(`${widgetDir}/${file}`)));
  return budget ? { name, files, size, budget } : { name, files, size };
}

/** The widget's bundle graph (`dist/meta.json`), or an error message when it is not built. */
export function widgetBundleGraph(): BundleGraph | string {
  const metaPath = `${widgetDir}/dist/meta.json`;
  if (!existsSync(metaPath)) return 'packages/widget/dist/meta.json is missing; run `pnpm build`';
  return JSON.parse(readFileSync(metaPath, 'utf8')) as BundleGraph;
}

/**
 * The widget's figures from its build, or an error message when it is not built. "After opening"
 * takes the locale that adds the most (the worst case).
 */
export function widgetFigures(graph = widgetBundleGraph()): SizeFigure[] | string {
  if (typeof graph === 'string') return graph;
  const loads = widgetLoads(graph);
  if (!loads) {
    return 'the widget build has no panel, self-help-steps, ticket-steps or reply-badge chunk';
  }
  const locales = Object.entries(loads.locales).map(([locale, files]) =>
    figure(`locale chunk: ${locale}`, files),
  );
  const largest = [...locales].sort((a, b) => b.size.gzip - a.size.gzip)[0];
  return [
    figure('launcher: JS before interaction', loads.launcher, { gzip: 2 * KB, requests: 1 }),
    figure(panelOpening, [...loads.panel, ...(largest?.files ?? [])], {
      gzip: 36 * KB,
      stretchGzip: 32 * KB,
    }),
    figure('panel code without a locale', loads.panel),
    ...locales,
    // Ratchets (docs/design/quality.md, not product bars) so the parts loaded after the opening
    // cannot grow unnoticed.
    figure('self-help steps, prefetched once the panel has opened', loads.selfHelpSteps, {
      gzip: 3.5 * KB,
      requests: 1,
    }),
    figure('ticket steps, loaded on demand', loads.ticketSteps, { gzip: 8 * KB }),
    figure('reply badge, with the panel code for a visitor with a ticket', loads.replyBadge, {
      gzip: 1 * KB,
      requests: 1,
    }),
  ];
}
