/**
 * The Finnish and Swedish translations are complete and current (scripts/check-translations.ts),
 * and the check fails, naming the message, for each way they can go wrong: tried on edited
 * copies of the committed files, in memory or in a temporary directory.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkTranslations,
  findTranslationProblems,
  readTranslationInputs,
  type TranslationInputs,
} from '../../scripts/check-translations.js';
import { formatProblem } from '../../scripts/xliff-problems.js';

const xliffDir = fileURLToPath(new URL('../../xliff', import.meta.url));

/** "Language" → "Kieli" / "Språk". */
const plain = 'sefcf950b3cc4fc3b';
/** "Please check the ${count} fields marked below." */
const withPlaceholder = 's089f46ca856c21d6';
/** An explicit id, with a description (`<note>`). */
const described = 'panel.title';

/** A replacement text, or a function of the matched text. */
type Replacement = string | ((match: string) => string);

let committed: TranslationInputs;

beforeAll(async () => {
  committed = await readTranslationInputs();
}, 20_000);

/** `text` with `from` replaced by `to`; throws if `from` is not there, so no edit goes unseen. */
function edit(text: string | undefined, from: string | RegExp, to: Replacement): string {
  const original = text ?? '';
  const edited = typeof to === 'string' ? original.replace(from, to) : original.replace(from, to);
  if (edited === text || text === undefined) throw new Error(`${String(from)} not found`);
  return edited;
}

/** The problems found once the committed `xliff/<locale>.xlf` is edited in memory. */
function problemsWithXliff(locale: string, from: string | RegExp, to: Replacement): string[] {
  const committedXliff = new Map(committed.committedXliff);
  committedXliff.set(locale, edit(committedXliff.get(locale), from, to));
  return findTranslationProblems({ ...committed, committedXliff }).map(formatProblem);
}

/** The problems found once the committed `src/panel/locales/<locale>.ts` is edited in memory. */
function problemsWithModule(locale: string, from: string | RegExp, to: Replacement): string[] {
  const committedModules = new Map(committed.committedModules);
  committedModules.set(locale, edit(committedModules.get(locale), from, to));
  return findTranslationProblems({ ...committed, committedModules }).map(formatProblem);
}

/** The `<trans-unit>` element with this id, as in the committed file. */
function unitPattern(id: string): RegExp {
  return new RegExp(`<trans-unit id="${id.replace('.', '\\.')}">[\\s\\S]*?</trans-unit>\\n`);
}

describe('the committed translations', () => {
  it('hold every message of the code, translated, with placeholders, and built into fi.ts and sv.ts', () => {
    expect(committed.lit.locales).toEqual(['fi', 'sv']);
    expect(findTranslationProblems(committed).map(formatProblem)).toEqual([]);
  });
});

describe('the translation check', () => {
  it('names a message that is in the code but missing from an .xlf file', () => {
    expect(problemsWithXliff('fi', unitPattern(plain), '')).toEqual([
      expect.stringMatching(
        /^xliff\/fi\.xlf sefcf950b3cc4fc3b: missing: "Language" is in the code/,
      ),
    ]);
  });

  it('names a message whose English source changed in the code (stale)', () => {
    expect(problemsWithXliff('sv', '<source>Language</source>', '<source>Lang</source>')).toEqual([
      expect.stringMatching(
        /^xliff\/sv\.xlf sefcf950b3cc4fc3b: stale source: the code now says "Language", the file "Lang"/,
      ),
    ]);
  });

  it('names a message whose description for translators changed in the code', () => {
    expect(problemsWithXliff('fi', 'Panel title and dialog name', 'Title')).toEqual([
      expect.stringMatching(new RegExp(`^xliff/fi\\.xlf ${described}: stale note`)),
    ]);
  });

  it('does not count a unit that is commented out', () => {
    expect(problemsWithXliff('fi', unitPattern(plain), (unit) => `<!-- ${unit} -->`)).toEqual([
      expect.stringMatching(/^xliff\/fi\.xlf sefcf950b3cc4fc3b: missing/),
    ]);
  });

  it('names a unit that is no longer in the code', () => {
    const obsolete =
      '<trans-unit id="s0000000000000000">\n  <source>Gone</source>\n  <target>Poissa</target>\n</trans-unit>\n';
    expect(problemsWithXliff('fi', '</body>', `${obsolete}</body>`)).toEqual([
      'xliff/fi.xlf s0000000000000000: obsolete: no longer in the code; run `pnpm --filter @opin/support-widget i18n`',
    ]);
  });

  it('names a message without a target, or with an empty one', () => {
    expect(problemsWithXliff('sv', /\n {2}<target>Språk<\/target>/, '')).toEqual([
      'xliff/sv.xlf sefcf950b3cc4fc3b: untranslated: no <target> for "Language"',
    ]);
    expect(problemsWithXliff('fi', '<target>Kieli</target>', '<target> </target>')).toEqual([
      'xliff/fi.xlf sefcf950b3cc4fc3b: untranslated: empty <target> for "Language"',
    ]);
  });

  it('names a target whose placeholders differ from its source', () => {
    const dropped = problemsWithXliff(
      'fi',
      'Tarkista <x id="0" equiv-text="${count}"/> alla',
      'Tarkista alla',
    );
    expect(dropped).toEqual([
      expect.stringMatching(
        /^xliff\/fi\.xlf s089f46ca856c21d6: placeholders differ: .*exactly <x id="0" equiv-text="\$\{count\}"\/> \(found none\)/,
      ),
    ]);
    const renamed = problemsWithXliff(
      'sv',
      /(<target>[^<]*)<x id="0" equiv-text="\$\{count\}"\/>/,
      '$1<x id="0" equiv-text="${total}"/>',
    );
    expect(renamed.join('\n')).toContain(`xliff/sv.xlf ${withPlaceholder}: placeholders differ`);
  });

  it('names a target that ends in a full stop when its source does not', () => {
    expect(problemsWithXliff('fi', '<target>Kieli</target>', '<target>Kieli.</target>')).toEqual([
      'xliff/fi.xlf sefcf950b3cc4fc3b: full stop: the <target> ends with one, the <source> does not ("Language"); drop it',
    ]);
  });

  it('names a message whose generated locale module differs from the XLIFF', () => {
    expect(problemsWithModule('fi', '`Kieli`', '`Kielet`')).toEqual([
      'src/panel/locales/fi.ts sefcf950b3cc4fc3b: out of date: has `Kielet`, the XLIFF gives `Kieli`; run `pnpm --filter @opin/support-widget i18n`',
    ]);
    expect(problemsWithModule('sv', /\n\s*'panel\.title': `[^`]*`,/, '')).toEqual([
      expect.stringMatching(
        /^src\/panel\/locales\/sv\.ts panel\.title: out of date: message missing/,
      ),
    ]);
  });

  it('ignores formatting in the generated modules', () => {
    expect(
      problemsWithModule('fi', /\n {2}(s05ba15f50a33f257): /, "\n\n    '$1':\n      "),
    ).toEqual([]);
  });

  it('builds from the XLIFF files on disk: an edited target makes the committed module out of date', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'opin-xliff-'));
    try {
      await cp(xliffDir, copy, { recursive: true });
      const fi = join(copy, 'fi.xlf');
      await writeFile(
        fi,
        edit(await readFile(fi, 'utf8'), '<target>Kieli</target>', '<target>Kielet</target>'),
      );
      const problems = (await checkTranslations({ xliffDir: copy })).map(formatProblem);
      expect(problems).toEqual([
        expect.stringMatching(
          /^src\/panel\/locales\/fi\.ts sefcf950b3cc4fc3b: out of date: has `Kieli`, the XLIFF gives `Kielet`/,
        ),
      ]);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }, 20_000);
});
