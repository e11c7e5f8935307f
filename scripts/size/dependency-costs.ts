/**
 * What each dependency costs in the files the panel loads on opening: exact minified bytes from
 * the widget's bundle graph (`dist/meta.json`: each file's bytes by source, from its source map),
 * grouped by dependency. gzip cannot be split by module, so a dependency's gzip figure is an
 * estimate: each file's gzip size (level 9) shared out by the dependency's part of the file's
 * minified bytes, summed over the files.
 * @internal
 */
import { readFileSync } from 'node:fs';
import type { BundleGraph } from '../../packages/widget/scripts/bundle/bundle-graph.js';
import { compressedSize } from './compressed-size.js';

/** One dependency's share of some files. */
export interface DependencyCost {
  dependency: string;
  /** Exact minified bytes. */
  bytes: number;
  /** Estimated gzip bytes (see above). */
  gzip: number;
}

/** The packages that make up Lit, counted as one dependency. */
const litPackages = new Set(['lit', 'lit-html', 'lit-element', '@lit/reactive-element']);

/** The dependency a source path (relative to the widget package) belongs to. */
export function dependencyOf(source: string): string {
  if (source === '') return 'no source: bundler glue, compile hint';
  const inPackage = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(
    source,
  )?.[1];
  if (inPackage) return litPackages.has(inPackage) ? 'lit' : inPackage;
  if (source.startsWith('../sdk/')) return 'the SDK (@opin/support-sdk)';
  if (source.startsWith('src/panel/locales/')) return 'the panel: translations (locale)';
  if (source.startsWith('src/')) return "the panel's own code";
  return source;
}

/** The costs of each dependency over `files` (of `graph`, read from `widgetDir`), largest first. */
export function dependencyCosts(
  graph: BundleGraph,
  files: readonly string[],
  widgetDir: string,
): DependencyCost[] {
  const costs = new Map<string, DependencyCost>();
  for (const file of files) {
    const built = graph.files[file];
    if (!built) throw new Error(`${file} is not in the bundle graph`);
    const { gzip } = compressedSize(readFileSync(`${widgetDir}/${file}`));
    for (const [source, bytes] of Object.entries(built.sources)) {
      const dependency = dependencyOf(source);
      const cost = costs.get(dependency) ?? { dependency, bytes: 0, gzip: 0 };
      cost.bytes += bytes;
      cost.gzip += (gzip * bytes) / built.bytes;
      costs.set(dependency, cost);
    }
  }
  return [...costs.values()]
    .map((cost) => ({ ...cost, gzip: Math.round(cost.gzip) }))
    .sort((a, b) => b.bytes - a.bytes);
}
