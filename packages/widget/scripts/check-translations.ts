/**
 * Checks that the Finnish and Swedish translations can ship, without changing any file:
 * (a) the committed XLIFF files (`xliff/<locale>.xlf`) hold exactly the messages in the code, with
 *     the code's English source and description;
 * (b) every message has a non-empty `<target>` with the same `<x/>` placeholders as its source;
 * (c) the generated locale modules (`src/panel/locales/<locale>.ts`) are what lit-localize builds
 *     from the committed XLIFF.
 * Run: `pnpm run i18n:check` (tsx; exits 1 and lists the problems); also run by
 * `test/unit/translations.test.ts`. Guide: docs/translating.md.
 * @internal
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compareLocaleModules, readLocaleTemplates } from './locale-modules.js';
import {
  readRuntimeConfig,
  runLitLocalize,
  xliffDirOf,
  type LitLocalizeOutput,
} from './run-lit-localize.js';
import {
  checkTargets,
  compareWithCode,
  formatProblem,
  type TranslationProblem,
} from './xliff-problems.js';
import { readXliff } from './xliff-units.js';

export type { TranslationProblem } from './xliff-problems.js';

/** Which files to check; each defaults to the one configured in `lit-localize.json`. */
export interface TranslationCheckOptions {
  /** The widget package (holding `lit-localize.json`). */
  packageDir?: string;
  /** The XLIFF files to check, e.g. an edited copy in a temporary directory. */
  xliffDir?: string;
  /** The generated locale modules to check. */
  localesDir?: string;
}

/** Everything the check compares, read from disk and produced by lit-localize. */
export interface TranslationInputs {
  /** Label of the XLIFF file of a locale, e.g. `xliff/fi.xlf`. */
  xliffFile: (locale: string) => string;
  /** Label of the locale module of a locale, e.g. `src/panel/locales/fi.ts`. */
  moduleFile: (locale: string) => string;
  /** Committed XLIFF text by locale (absent: no file). */
  committedXliff: Map<string, string>;
  /** Committed locale module text by locale (absent: no file). */
  committedModules: Map<string, string>;
  lit: LitLocalizeOutput;
}

const defaultPackageDir = fileURLToPath(new URL('..', import.meta.url));

/** Reads the committed files and runs lit-localize into a temporary directory. */
export async function readTranslationInputs(
  options: TranslationCheckOptions = {},
): Promise<TranslationInputs> {
  const packageDir = options.packageDir ?? defaultPackageDir;
  const config = await readRuntimeConfig(packageDir);
  const xliffDir = options.xliffDir ?? config.resolve(xliffDirOf(config));
  const localesDir = options.localesDir ?? config.resolve(config.output.outputDir);
  const xliffFile = (locale: string) => relative(packageDir, join(xliffDir, `${locale}.xlf`));
  const moduleFile = (locale: string) => relative(packageDir, join(localesDir, `${locale}.ts`));
  const lit = await runLitLocalize({ packageDir, xliffDir });
  return {
    xliffFile,
    moduleFile,
    committedXliff: await readExisting(lit.locales, (l) => join(packageDir, xliffFile(l))),
    committedModules: await readExisting(lit.locales, (l) => join(packageDir, moduleFile(l))),
    lit,
  };
}

/** All problems found in `inputs`; none means the translations are complete and current. */
export function findTranslationProblems(inputs: TranslationInputs): TranslationProblem[] {
  const { lit } = inputs;
  const problems: TranslationProblem[] = lit.errors.map((problem) => ({
    file: 'lit-localize',
    id: '*',
    problem,
  }));
  for (const locale of lit.locales) {
    const file = inputs.xliffFile(locale);
    const committed = inputs.committedXliff.get(locale);
    const extracted = lit.extractedXliff.get(locale);
    if (committed === undefined) {
      problems.push({ file, id: '*', problem: 'missing file' });
    } else if (extracted !== undefined) {
      const parsed = readXliff(committed);
      problems.push(...compareWithCode(file, locale, readXliff(extracted), parsed));
      problems.push(...checkTargets(file, parsed));
    }
    problems.push(...moduleProblems(inputs, locale));
  }
  return problems;
}

/** Reads the inputs and returns their problems. */
export async function checkTranslations(
  options: TranslationCheckOptions = {},
): Promise<TranslationProblem[]> {
  return findTranslationProblems(await readTranslationInputs(options));
}

function moduleProblems(inputs: TranslationInputs, locale: string): TranslationProblem[] {
  const file = inputs.moduleFile(locale);
  const built = inputs.lit.builtModules.get(locale);
  const committed = inputs.committedModules.get(locale);
  if (built === undefined) return []; // the build failed: reported in `lit.errors`
  if (committed === undefined) return [{ file, id: '*', problem: 'missing file' }];
  try {
    return compareLocaleModules(file, readLocaleTemplates(built), readLocaleTemplates(committed));
  } catch (error) {
    return [{ file, id: '*', problem: `unreadable: ${String(error)}` }];
  }
}

async function readExisting(
  locales: string[],
  pathOf: (locale: string) => string,
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const locale of locales) {
    const path = pathOf(locale);
    if (existsSync(path)) texts.set(locale, await readFile(path, 'utf8'));
  }
  return texts;
}

async function main(): Promise<void> {
  const problems = await checkTranslations();
  for (const problem of problems) console.error(formatProblem(problem));
  if (problems.length > 0) {
    console.error(`\n${problems.length} translation problem(s). See docs/translating.md.`);
    process.exitCode = 1;
  } else {
    console.log('Translations are complete and current.');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
