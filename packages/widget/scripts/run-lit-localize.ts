/**
 * Runs lit-localize (programmatic API of `@lit/localize-tools`) without touching committed files:
 * extracts the `msg()` calls into fresh XLIFF files and builds the locale modules from the
 * committed XLIFF, both into a temporary directory, and returns the texts it wrote.
 * Used by `check-translations.ts`.
 * @internal
 */
import { xliffFactory } from '@lit/localize-tools/lib/formatters/xliff.js';
import { sortProgramMessages } from '@lit/localize-tools/lib/messages.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { Config, ConfigFile } from '@lit/localize-tools/lib/types/config.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where lit-localize reads from: the package (config and sources) and the XLIFF to build from. */
export interface LitLocalizeInputs {
  /** The directory holding `lit-localize.json`; its `inputFiles` are read from here. */
  packageDir: string;
  /** The XLIFF files to build the locale modules from (default: the configured `xliffDir`). */
  xliffDir?: string;
}

/** What lit-localize produced, keyed by target locale. */
export interface LitLocalizeOutput {
  /** The configured target locales, e.g. `['fi', 'sv']`. */
  locales: string[];
  /** XLIFF extracted from the code alone (sources and notes, no targets). */
  extractedXliff: Map<string, string>;
  /** Locale modules (`<locale>.ts`) built from the XLIFF, unformatted; empty if the build failed. */
  builtModules: Map<string, string>;
  /** Errors reported by the extraction or the build (e.g. a mismatched placeholder). */
  errors: string[];
}

type RuntimeConfig = Config & { output: RuntimeOutputConfig };

/** Runs extraction and build into a temporary directory, removed before returning. */
export async function runLitLocalize(inputs: LitLocalizeInputs): Promise<LitLocalizeOutput> {
  const config = await readRuntimeConfig(inputs.packageDir);
  const tempDir = await mkdtemp(join(tmpdir(), 'opin-translations-'));
  try {
    const extractDir = join(tempDir, 'extracted');
    const buildDir = join(tempDir, 'built');
    const xliffDir = inputs.xliffDir ?? config.resolve(xliffDirOf(config));
    const localizer = new RuntimeLitLocalizer({
      ...config,
      interchange: { format: 'xliff', xliffDir },
      output: { ...config.output, outputDir: buildDir, localeCodesModule: undefined },
    });
    const errors: string[] = [];

    const { messages, errors: diagnostics } = localizer.extractSourceMessages();
    errors.push(...diagnostics.map((d) => `extraction: ${flatten(d.messageText)}`));
    await xliffFactory({
      ...config,
      interchange: { format: 'xliff', xliffDir: extractDir },
    }).writeOutput(sortProgramMessages([...messages]), new Map());

    try {
      errors.push(...localizer.validateTranslations().errors.map((e) => `build: ${e}`));
      if (errors.length === 0) await localizer.build();
    } catch (error) {
      errors.push(`build: ${error instanceof Error ? error.message : String(error)}`);
    }

    return {
      locales: config.targetLocales,
      extractedXliff: await readEach(extractDir, config.targetLocales, 'xlf'),
      builtModules: await readEach(buildDir, config.targetLocales, 'ts'),
      errors,
    };
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

/** Reads `lit-localize.json` without validating or rewriting it (the CLI may add `$schema`). */
export async function readRuntimeConfig(packageDir: string): Promise<RuntimeConfig> {
  const path = join(packageDir, 'lit-localize.json');
  const file = JSON.parse(await readFile(path, 'utf8')) as ConfigFile;
  const { output } = file;
  if (output.mode !== 'runtime') throw new Error(`${path}: expected output.mode "runtime"`);
  return { ...file, output, baseDir: packageDir, resolve: (p: string) => resolve(packageDir, p) };
}

/** The configured XLIFF directory, relative to the package. */
export function xliffDirOf(config: Config): string {
  if (config.interchange.format !== 'xliff') throw new Error('lit-localize.json: expected XLIFF');
  return config.interchange.xliffDir;
}

/** Reads `<dir>/<locale>.<extension>` for each locale that lit-localize wrote. */
async function readEach(
  dir: string,
  locales: string[],
  extension: string,
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const locale of locales) {
    const path = join(dir, `${locale}.${extension}`);
    if (existsSync(path)) texts.set(locale, await readFile(path, 'utf8'));
  }
  return texts;
}

/** The text of a TypeScript diagnostic message, chained messages joined. */
function flatten(text: string | { messageText: string; next?: unknown[] }): string {
  return typeof text === 'string' ? text : text.messageText;
}
