/**
 * Which built widget files a browser loads at each moment, read from the widget's bundle graph
 * (`packages/widget/dist/meta.json`, written by its build: `scripts/bundle/bundle-graph.ts`).
 * @internal
 */
import type { BundleGraph } from '../../packages/widget/scripts/bundle/bundle-graph.js';

/** The file the page's `<script type="module">` loads. */
export const launcherFile = 'dist/opin-support.js';

/** `file` and every file it imports statically, transitively (what loads with it). */
export function withStaticImports(
  graph: BundleGraph,
  file: string,
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of graph.files[file]?.imports ?? []) withStaticImports(graph, imported, seen);
  return seen;
}

/** The files built for entry modules matching `entry` (the targets of `import()`). */
export function chunksOf(graph: BundleGraph, entry: RegExp): string[] {
  return Object.keys(graph.files).filter((file) => {
    const module = graph.files[file]?.entry;
    return module != null && entry.test(module);
  });
}

/** What `chunk` adds (with its static imports) to what is already loaded. */
export function addedBy(graph: BundleGraph, chunk: string, loaded: ReadonlySet<string>): string[] {
  return [...withStaticImports(graph, chunk)].filter((file) => !loaded.has(file));
}

/**
 * The files of each moment: before interaction, the panel opening, a locale, the self-help steps
 * (prefetched once the panel has opened), the ticket steps, and the reply badge (loaded with the
 * panel's code, before interaction, for a visitor with a remembered ticket).
 */
export interface WidgetLoads {
  launcher: string[];
  /** The panel without a locale (added on opening, after the launcher). */
  panel: string[];
  /** Per locale (`fi`, `sv`): what it adds to the open panel. */
  locales: Record<string, string[]>;
  /** What the self-help steps add to the open panel (prefetched once it has opened). */
  selfHelpSteps: string[];
  /** What the ticket steps add to the open panel with its self-help steps (loaded on demand). */
  ticketSteps: string[];
  /** What the reply badge adds to the panel's code (for a visitor with a remembered ticket). */
  replyBadge: string[];
}

/** The widget's loads, or `undefined` when the panel is not built. */
export function widgetLoads(graph: BundleGraph): WidgetLoads | undefined {
  const [panel] = chunksOf(graph, /^src\/panel\/index\.ts$/);
  const [selfHelpSteps] = chunksOf(graph, /^src\/panel\/steps\/self-help-steps\.ts$/);
  const [ticketSteps] = chunksOf(graph, /^src\/panel\/steps\/ticket-steps\.ts$/);
  const [replyBadge] = chunksOf(graph, /^src\/panel\/reply-badge\/index\.ts$/);
  if (!panel || !selfHelpSteps || !ticketSteps || !replyBadge) return undefined;
  const launcher = [...withStaticImports(graph, launcherFile)];
  const panelFiles = addedBy(graph, panel, new Set(launcher));
  const open = new Set([...launcher, ...panelFiles]);
  const locales: Record<string, string[]> = {};
  for (const chunk of chunksOf(graph, /\/locales\/[\w-]+\.[jt]s$/)) {
    const locale = /\/locales\/([\w-]+)\.[jt]s$/.exec(graph.files[chunk]?.entry ?? '')?.[1];
    if (locale) locales[locale] = addedBy(graph, chunk, open);
  }
  const selfHelpFiles = addedBy(graph, selfHelpSteps, open);
  const selfHelped = new Set([...open, ...selfHelpFiles]);
  return {
    launcher,
    panel: panelFiles,
    locales,
    selfHelpSteps: selfHelpFiles,
    ticketSteps: addedBy(graph, ticketSteps, selfHelped),
    replyBadge: addedBy(graph, replyBadge, open),
  };
}
