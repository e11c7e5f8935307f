/**
 * The chunks the widget must build into, checked on the bundle: the plugin fails the build when
 * the chunk graph differs. What a visit loads (docs/design/widget.md):
 * - `opin-support.js`, the launcher: one file with no static import; its only import the bundler
 *   sees is the dynamic `import()` of the panel, so a page pays one request before interaction
 *   (it also imports the locale chunk of the UI language with the panel's, by a path the build
 *   writes in: `locale-chunks.ts`, which fails the build when it cannot name a locale's chunk);
 * - the panel (`src/panel/index.ts`): a lazy chunk that needs no other file to open;
 * - each locale (`src/panel/locales/<locale>.ts`): a lazy chunk of its own, never in the panel;
 * - each chunk of step code besides the panel's (`src/panel/steps/<chunk>.ts`, today
 *   `self-help-steps` and `ticket-steps`): lazy, holding the steps that the step registry
 *   (`src/panel/steps/step-registry.ts`) puts in it, as the panel's chunk holds its `panel` steps;
 *   only the chunks the registry says build on it (`stepChunkBase`) import it statically;
 * - the reply badge (`src/panel/reply-badge/index.ts`): a lazy chunk the panel's module imports
 *   when the launcher asks for a badge (a visitor with a remembered ticket), built on the panel.
 * rolldown finds this layout by itself: it knows that the locales and the step chunks are only
 * imported once the panel has loaded, so what they share with the panel stays in the panel's chunk
 * (no shared chunk, no second request when the panel opens), and what the ticket steps share with
 * the self-help steps they import stays in the self-help chunk. Nothing steers it; this check tells
 * when that stops being so.
 * @internal
 */
import { join, relative } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import {
  stepChunkBase,
  stepRegistry,
  type StepCodeChunk,
} from '../../src/panel/steps/step-registry.js';

type OutputChunk = Rolldown.OutputChunk;

/** The launcher's file name in `dist`. */
export const launcherFile = 'opin-support.js';

/** The panel's entry module, relative to the package. */
export const panelEntry = 'src/panel/index.ts';

/** The entry module of a chunk of step code (`ticket-steps` → `src/panel/steps/ticket-steps.ts`). */
const stepChunkEntry = (chunk: StepCodeChunk) => `src/panel/steps/${chunk}.ts`;

/** The reply badge's chunk: the panel loads it for the launcher (`panel-loader.ts`, `watch`). */
export const replyBadgeEntry = 'src/panel/reply-badge/index.ts';

/** The module of a step's element, by the layout of `src/panel/steps/`. */
const stepElementModule = (name: string) => `src/panel/steps/${name}/${name}-step.ts`;

/**
 * What is wrong with `chunk` as a lazy chunk (`what`: how messages name it). Only the chunks it
 * loads itself with `import()` may import it statically: they run after it; and those of
 * `builtOnBy`, whose loader requests it with them.
 */
function lazyChunkProblems(
  what: string,
  chunk: OutputChunk | undefined,
  chunks: readonly OutputChunk[],
  builtOnBy: readonly (OutputChunk | undefined)[] = [],
): string[] {
  if (!chunk) return [`${what} is not the entry of a chunk of its own`];
  const problems = chunks
    .filter((other) => other.imports.includes(chunk.fileName))
    .filter((importer) => !chunk.dynamicImports.includes(importer.fileName))
    .filter((importer) => !builtOnBy.includes(importer))
    .map(
      (importer) => `${what} (${chunk.fileName}) is imported statically by ${importer.fileName}`,
    );
  if (!chunk.isDynamicEntry) problems.push(`${what} (${chunk.fileName}) is not loaded by import()`);
  if (!chunk.fileName.startsWith('chunks/')) problems.push(`${what} is not under chunks/`);
  return problems;
}

/** The problems of `bundle`'s chunk graph, one line each; none when it is as it must be. */
export function chunkLayoutProblems(bundle: Rolldown.OutputBundle, packageDir: string): string[] {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const entryOf = (path: string) => chunks.find((c) => c.facadeModuleId === join(packageDir, path));
  const chunkHolding = (path: string) =>
    chunks.find((chunk) => chunk.moduleIds.includes(join(packageDir, path)));
  const problems: string[] = [];

  const launcher = chunks.find((chunk) => chunk.fileName === launcherFile);
  const panel = entryOf(panelEntry);
  if (!launcher?.isEntry) problems.push(`${launcherFile} is not the build's entry`);
  for (const imported of launcher?.imports ?? []) {
    problems.push(`${launcherFile} imports ${imported} statically: a second request at load`);
  }
  if (launcher && launcher.dynamicImports.join() !== panel?.fileName) {
    const imported = launcher.dynamicImports.join(', ') || 'nothing';
    problems.push(`${launcherFile} must import() the panel alone, not ${imported}`);
  }
  for (const imported of panel?.imports ?? []) {
    problems.push(`the panel imports ${imported} statically: a second request when it opens`);
  }

  const locales = [...new Set(chunks.flatMap((chunk) => chunk.moduleIds))]
    .map((id) => relative(packageDir, id))
    .filter((path) => /^src\/panel\/locales\/[\w-]+\.ts$/.test(path));
  const stepChunks = Object.keys(stepChunkBase) as StepCodeChunk[];
  const stepChunkOf = (name: StepCodeChunk) => entryOf(stepChunkEntry(name));
  /** The step chunks that build on `name`: they may import it statically. */
  const builtOn = (name: StepCodeChunk) =>
    stepChunks
      .filter((other) => (stepChunkBase[other] as readonly StepCodeChunk[]).includes(name))
      .map(stepChunkOf);
  /** Each lazy chunk, by how messages name it, with the chunks that may import it statically. */
  type Lazy = [string, { chunk: OutputChunk | undefined; builtOnBy?: (OutputChunk | undefined)[] }];
  const lazyChunks = new Map<Lazy[0], Lazy[1]>([
    ['the panel', { chunk: panel }],
    ...locales.map((path): Lazy => [path, { chunk: entryOf(path) }]),
    ...stepChunks.map((name): Lazy => [
      `the ${name} chunk`,
      { chunk: stepChunkOf(name), builtOnBy: builtOn(name) },
    ]),
    ['the reply badge', { chunk: entryOf(replyBadgeEntry) }],
  ]);
  for (const [what, { chunk, builtOnBy }] of lazyChunks) {
    problems.push(...lazyChunkProblems(what, chunk, chunks, builtOnBy));
  }
  const badge = entryOf(replyBadgeEntry);
  if (badge && !panel?.dynamicImports.includes(badge.fileName)) {
    problems.push(`the panel does not import() ${replyBadgeEntry}`);
  }
  for (const path of locales) {
    const chunk = entryOf(path);
    if (!chunk) continue;
    if (chunk.moduleIds.length > 1) problems.push(`${path} shares its chunk with other code`);
    if (!panel?.dynamicImports.includes(chunk.fileName)) {
      problems.push(`the panel does not import() ${path}`);
    }
  }

  for (const [name, { chunk: expected }] of Object.entries(stepRegistry)) {
    const want = expected === 'panel' ? panel : entryOf(stepChunkEntry(expected));
    const found = chunkHolding(stepElementModule(name));
    if (!want || found !== want) {
      problems.push(
        `the ${name} step (${stepElementModule(name)}) belongs in the ${expected} chunk, ` +
          `not in ${found?.fileName ?? 'no chunk'}`,
      );
    }
  }

  const expectedChunks = new Set([launcher, ...[...lazyChunks.values()].map((l) => l.chunk)]);
  for (const chunk of chunks) {
    if (!expectedChunks.has(chunk)) problems.push(`an unexpected chunk: ${chunk.fileName}`);
  }
  return problems;
}

/** Fails the build when the chunks differ from the layout of {@link chunkLayoutProblems}. */
export function checkChunkLayout(packageDir: string): Plugin {
  return {
    name: 'opin:check-chunk-layout',
    generateBundle(_options, bundle) {
      const problems = chunkLayoutProblems(bundle, packageDir);
      if (problems.length) this.error(`The widget's chunks are wrong:\n  ${problems.join('\n  ')}`);
    },
  };
}
