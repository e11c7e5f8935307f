/**
 * Benchmark section: where the bytes of an opening panel come from — each file loaded when the
 * panel opens (in Finnish, the largest locale) split by origin, from the widget's bundle graph.
 * @internal
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BundleGraph } from '../packages/widget/scripts/bundle/bundle-graph.js';
import { widgetLoads } from '../scripts/size/widget-files.js';
import { markdownTable } from './report/markdown-table.js';
import type { Benchmark } from './report/section.js';
import { formatBytes } from './report/stats.js';

const widgetDir = fileURLToPath(new URL('../packages/widget/', import.meta.url));

/** The origin of an input file: a package, or a folder of our own code. */
function originOf(input: string): string {
  if (input === '') return 'bundler glue, compile hint';
  const inPackage = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(
    input,
  );
  if (inPackage?.[1]) return inPackage[1];
  if (input.startsWith('../sdk/')) return 'SDK (our client, errors, schemas)';
  if (/^src\/panel\/locales\//.test(input)) return 'locale (translations)';
  if (/^src\/panel\/(steps|ui)\//.test(input)) return 'widget: steps and their parts';
  if (/^src\/panel\/(styles\/|[\w.-]+\.styles\.ts$)/.test(input)) return 'widget: styles';
  if (/^src\/panel\/text\//.test(input)) return 'widget: wording helpers (dates, routing, errors)';
  return 'widget: panel shell, data and stores';
}

/** Minified bytes by origin over `files`. */
function breakdown(graph: BundleGraph, files: readonly string[]): Map<string, number> {
  const bytes = new Map<string, number>();
  for (const file of files) {
    for (const [input, inOutput] of Object.entries(graph.files[file]?.sources ?? {})) {
      const origin = originOf(input);
      bytes.set(origin, (bytes.get(origin) ?? 0) + inOutput);
    }
  }
  return bytes;
}

/** The opening panel's minified bytes by origin, largest first. */
export const byteBreakdown: Benchmark = () => {
  const graph = JSON.parse(readFileSync(`${widgetDir}dist/meta.json`, 'utf8')) as BundleGraph;
  const loads = widgetLoads(graph);
  if (!loads) return Promise.reject(new Error('the widget is not built'));
  const files = [...loads.panel, ...(loads.locales.fi ?? [])];
  const bytes = breakdown(graph, files);
  const total = [...bytes.values()].reduce((sum, n) => sum + n, 0);
  const rows = [...bytes]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([origin, n]) => [origin, formatBytes(n), `${((100 * n) / total).toFixed(1)}%`]);
  const method =
    'Minified bytes each origin contributes to the files the panel loads on opening in Finnish, ' +
    "from the widget's bundle graph (`packages/widget/dist/meta.json`, each file's bytes by source " +
    'from its source map). Compression cannot be split ' +
    'by module, so these are minified bytes; gzip shrinks code and prose differently.';
  return Promise.resolve({
    title: 'Where the opening bytes come from',
    body: `${method}\n\n${markdownTable(['origin', 'minified', 'share'], rows)}`,
    tools: {},
  });
};
