/**
 * Writes the locale chunks' paths into the launcher (`src/locale-chunks.ts`), a vite plugin, so
 * that the launcher can request the chunk of the UI language at the same time as the panel's
 * (docs/design/widget.md, "What is requested when"). A chunk's name holds the hash of its content,
 * known only while the chunks are rendered; the launcher cannot name them in its source, and an
 * `import()` of each locale there would make them the launcher's chunks too (rolldown would then
 * split what they share with the panel into a second chunk).
 *
 * - `transform` gives `src/locale-chunks.ts` one marker string per locale module of
 *   `src/panel/locales/`;
 * - `renderChunk` (before minification) replaces each marker in the launcher with the path of that
 *   locale's chunk relative to the launcher, as the bundler names it then (with a placeholder for
 *   the hash, which the bundler fills in at the end, as in its own `import()`s).
 *
 * The build fails when a locale has no chunk, or the launcher does not name every locale's.
 * @internal
 */
import { readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Plugin } from 'vite';

/** The module the paths are written into, relative to the package. */
export const localeChunksModule = 'src/locale-chunks.ts';

/** The locale modules' folder, relative to the package. */
const localesDir = 'src/panel/locales';

/** The marker of `locale`'s path in the launcher before its chunks are named. */
const marker = (locale: string) => `opin-locale-chunk:${locale}`;

/** The marker strings as they appear in rendered code, with whichever quotes. */
const markers = /(["'`])opin-locale-chunk:([\w-]+)\1/g;

/** The locales with a module of their own (`fi`, `sv`: English is the source, built in). */
export function targetLocales(packageDir: string): string[] {
  return readdirSync(join(packageDir, localesDir))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -'.ts'.length))
    .sort();
}

/** The module's code in the build: one marker per locale. */
export function localeChunksSource(locales: readonly string[]): string {
  const entries = locales.map(
    (locale) => `${JSON.stringify(locale)}: ${JSON.stringify(marker(locale))}`,
  );
  return `export const localeChunks = { ${entries.join(', ')} };\n`;
}

/**
 * `code` with every marker replaced by the path (from `from`, a chunk's file name) of the chunk
 * `chunkOf` names for its locale; throws when a locale has no chunk, or `locales` are not all there.
 */
export function writeLocaleChunks(
  code: string,
  from: string,
  locales: readonly string[],
  chunkOf: (locale: string) => string | undefined,
): string {
  const written = new Set<string>();
  const result = code.replace(markers, (_match, _quote: string, locale: string) => {
    const chunk = chunkOf(locale);
    if (!chunk) throw new Error(`no chunk for the locale ${locale}`);
    written.add(locale);
    const path = posix.relative(posix.dirname(from), chunk);
    return JSON.stringify(path.startsWith('.') ? path : `./${path}`);
  });
  const missing = locales.filter((locale) => !written.has(locale));
  if (missing.length) throw new Error(`${from} names no chunk for ${missing.join(', ')}`);
  return result;
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** `value` (0 or more) as a source map's Base64 VLQ. */
function vlq(value: number): string {
  let rest = value * 2;
  let digits = '';
  do {
    const digit = rest & 31;
    rest >>>= 5;
    digits += base64.charAt(rest > 0 ? digit | 32 : digit);
  } while (rest > 0);
  return digits;
}

/** The plugin: {@link localeChunksSource} in, then {@link writeLocaleChunks} on `launcherFile`. */
export function localeChunksPlugin(packageDir: string, launcherFile: string): Plugin {
  const moduleId = join(packageDir, localeChunksModule);
  let locales: string[] = [];
  return {
    name: 'opin:locale-chunks',
    buildStart() {
      locales = targetLocales(packageDir);
    },
    transform: {
      filter: { id: /locale-chunks\.ts$/ },
      handler(code, id) {
        if (id !== moduleId) return null;
        const generated = localeChunksSource(locales);
        // One line whose every column maps to the start of the declaration it replaces, so that
        // the bytes it becomes (the paths included) count as the module's own (`bundle-graph.ts`).
        const line = code.split('\n').findIndex((text) => text.startsWith('export const'));
        if (line < 0) return this.error(`${localeChunksModule} declares no exported constant`);
        const columns = Array.from(generated.trimEnd().slice(1), () => 'CAAA');
        const mappings = [`AA${vlq(line)}A`, ...columns].join(',');
        const map = { version: 3, sources: [id], sourcesContent: [code], names: [], mappings };
        return { code: generated, map };
      },
    },
    renderChunk(code, chunk, _options, { chunks }) {
      if (chunk.fileName !== launcherFile) return null;
      const byLocale = (locale: string) =>
        Object.values(chunks).find(
          (other) => other.facadeModuleId === join(packageDir, localesDir, `${locale}.ts`),
        )?.fileName;
      try {
        // No map of this change: each marker sits in the one line of `src/locale-chunks.ts`,
        // which maps as a whole to that module (above), so every position stays right.
        return { code: writeLocaleChunks(code, chunk.fileName, locales, byLocale), map: null };
      } catch (error) {
        return this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
