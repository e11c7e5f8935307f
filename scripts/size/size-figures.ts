/**
 * The size figures of docs/design/quality.md, measured on what ships: the SDK alone (bundled here from its
 * entry with esbuild, minified), and the widget's built files at each moment of a visit. Used by
 * the size check (`pnpm size`) and the benchmark report (`pnpm bench`).
 * @internal
 */
import { build, type Metafile } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compressedSize, totalSize, type CompressedSize } from './compressed-size.js';
import { widgetLoads } from './widget-files.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const widgetDir = `${root}packages/widget`;
const KB = 1024;

/** One measured figure, with its budget where docs/design/quality.md sets one. */
export interface SizeFigure {
  name: string;
  /** The files measured (widget figures), relative to `packages/widget`. */
  files: string[];
  size: CompressedSize;
  /** gzip bytes and, if limited, the number of files (requests). */
  budget?: { gzip: number; requests?: number };
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
    name: 'SDK alone (learner client + schemas)',
    files: [],
    size: compressedSize(code),
    budget: { gzip: 16 * KB },
  };
}

function figure(name: string, files: string[], budget?: SizeFigure['budget']): SizeFigure {
  const size = totalSize(files.map((file) => readFileSync(`${widgetDir}/${file}`)));
  return budget ? { name, files, size, budget } : { name, files, size };
}

/**
 * The widget's figures from its build, or an error message when it is not built. "After opening"
 * takes the locale that adds the most (the worst case).
 */
export function widgetFigures(): SizeFigure[] | string {
  const metaPath = `${widgetDir}/dist/meta.json`;
  if (!existsSync(metaPath)) return 'packages/widget/dist/meta.json is missing; run `pnpm build`';
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Metafile;
  const loads = widgetLoads(meta);
  if (!loads) return 'the widget build has no panel or ticket-steps chunk';
  const locales = Object.entries(loads.locales).map(([locale, files]) =>
    figure(`locale chunk: ${locale}`, files),
  );
  const largest = [...locales].sort((a, b) => b.size.gzip - a.size.gzip)[0];
  return [
    figure('launcher: JS before interaction', loads.launcher, { gzip: 2 * KB, requests: 1 }),
    figure(
      'panel: JS after opening (panel, SDK, largest locale)',
      [...loads.panel, ...(largest?.files ?? [])],
      { gzip: 32 * KB },
    ),
    figure('panel code without a locale', loads.panel),
    ...locales,
    // A ratchet (docs/design/quality.md, not a product bar) so the on-demand part cannot grow
    // unnoticed.
    figure('ticket steps, loaded on demand', loads.ticketSteps, { gzip: 8 * KB }),
  ];
}
