/**
 * Which built widget files a browser loads at each moment, read from esbuild's metafile
 * (`packages/widget/dist/meta.json`, written by the widget build).
 * @internal
 */
import type { Metafile } from 'esbuild';

/** The file the page's `<script type="module">` loads. */
export const launcherFile = 'dist/opin-support.js';

/** `file` and every chunk it imports statically, transitively (what loads with it). */
export function withStaticImports(
  meta: Metafile,
  file: string,
  seen = new Set<string>(),
): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of meta.outputs[file]?.imports ?? []) {
    if (imported.kind === 'import-statement' && !imported.external) {
      withStaticImports(meta, imported.path, seen);
    }
  }
  return seen;
}

/** The output files built from entry points matching `entryPoint` (dynamic-import targets). */
export function chunksOf(meta: Metafile, entryPoint: RegExp): string[] {
  return Object.keys(meta.outputs).filter((file) => {
    const source = meta.outputs[file]?.entryPoint;
    return source !== undefined && entryPoint.test(source);
  });
}

/** What `chunk` adds (with its static imports) to what is already loaded. */
export function addedBy(meta: Metafile, chunk: string, loaded: ReadonlySet<string>): string[] {
  return [...withStaticImports(meta, chunk)].filter((file) => !loaded.has(file));
}

/** The files of each moment: before interaction, the panel opening, a locale, the ticket steps. */
export interface WidgetLoads {
  launcher: string[];
  /** The panel without a locale (added on opening, after the launcher). */
  panel: string[];
  /** Per locale (`fi`, `sv`): what it adds to the open panel. */
  locales: Record<string, string[]>;
  /** What the ticket steps add to the open panel (loaded on demand). */
  ticketSteps: string[];
}

/** The widget's loads, or `undefined` when the panel is not built. */
export function widgetLoads(meta: Metafile): WidgetLoads | undefined {
  const [panel] = chunksOf(meta, /^src\/panel\/index\.ts$/);
  const [ticketSteps] = chunksOf(meta, /^src\/panel\/steps\/ticket-steps\.ts$/);
  if (!panel || !ticketSteps) return undefined;
  const launcher = [...withStaticImports(meta, launcherFile)];
  const panelFiles = addedBy(meta, panel, new Set(launcher));
  const open = new Set([...launcher, ...panelFiles]);
  const locales: Record<string, string[]> = {};
  for (const chunk of chunksOf(meta, /\/locales\/[\w-]+\.[jt]s$/)) {
    const locale = /\/locales\/([\w-]+)\.[jt]s$/.exec(meta.outputs[chunk]?.entryPoint ?? '')?.[1];
    if (locale) locales[locale] = addedBy(meta, chunk, open);
  }
  return { launcher, panel: panelFiles, locales, ticketSteps: addedBy(meta, ticketSteps, open) };
}
