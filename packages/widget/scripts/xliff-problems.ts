/**
 * Compares a committed XLIFF file with the one extracted from the code, and checks its targets.
 * Each finding names the file, the message id and the problem, in words a translator can act on.
 * @internal
 */
import {
  contentKey,
  placeholderKeys,
  readable,
  words,
  type XliffFile,
  type XliffUnit,
} from './xliff-units.js';

/** One thing to fix before the translations can ship. */
export interface TranslationProblem {
  /** The file to fix, relative to the widget package, e.g. `xliff/fi.xlf`. */
  file: string;
  /** The message id (the `<trans-unit>` id), or `*` for the whole file. */
  id: string;
  problem: string;
}

/** The problem as one line: `xliff/fi.xlf s1234…: <problem>`. */
export function formatProblem({ file, id, problem }: TranslationProblem): string {
  return `${file} ${id}: ${problem}`;
}

const runExtract = 'run `pnpm --filter @opin/support-widget i18n`';

/**
 * (a) Messages in the code but not in `committed`, whose English source or description (`desc`,
 * the `<note>`) changed, or units that are no longer in the code; and a wrong `target-language`.
 */
export function compareWithCode(
  file: string,
  locale: string,
  extracted: XliffFile,
  committed: XliffFile,
): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const report = (id: string, problem: string) => problems.push({ file, id, problem });
  if (committed.targetLanguage !== locale)
    report('*', `target-language is "${String(committed.targetLanguage)}", expected "${locale}"`);

  const committedById = byId(committed.units, (id) => report(id, 'appears more than once'));
  const inCode = byId(extracted.units, () => undefined);
  for (const [id, fromCode] of inCode) {
    const unit = committedById.get(id);
    if (!unit) {
      report(id, `missing: "${readable(fromCode.source)}" is in the code; ${runExtract}`);
    } else if (contentKey(unit.source) !== contentKey(fromCode.source)) {
      report(
        id,
        `stale source: the code now says "${readable(fromCode.source)}", the file ` +
          `"${readable(unit.source)}"; ${runExtract}, then check the translation`,
      );
    } else if (unit.codeNote !== fromCode.codeNote) {
      report(id, `stale note: the code's description changed; ${runExtract}`);
    }
  }
  for (const id of committedById.keys()) {
    if (!inCode.has(id)) report(id, `obsolete: no longer in the code; ${runExtract}`);
  }
  return problems;
}

/**
 * (b) Every unit has a non-empty target with exactly the placeholders of its source, and ends in
 * a full stop only if its source does (a message without one may be placed inside a sentence,
 * e.g. a timeline entry in "Your ticket was updated: ….", which must not end in "..").
 */
export function checkTargets(file: string, committed: XliffFile): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  for (const unit of committed.units) {
    const problem = targetProblem(unit);
    if (problem) problems.push({ file, id: unit.id, problem });
  }
  return problems;
}

function targetProblem({ source, target }: XliffUnit): string | undefined {
  const english = `"${readable(source)}"`;
  if (target === undefined) return `untranslated: no <target> for ${english}`;
  if (words(target) === '' && placeholderKeys(target).length === 0)
    return `untranslated: empty <target> for ${english}`;
  const expected = placeholderKeys(source);
  const actual = placeholderKeys(target);
  if (expected.join() !== actual.join()) {
    return (
      `placeholders differ: the <target> must contain exactly ` +
      `${expected.length ? expected.join(' ') : 'no placeholders'} (found ` +
      `${actual.length ? actual.join(' ') : 'none'}); copy them from the <source>`
    );
  }
  if (readable(target).trimEnd().endsWith('.') && !readable(source).trimEnd().endsWith('.')) {
    return `full stop: the <target> ends with one, the <source> does not (${english}); drop it`;
  }
  return undefined;
}

function byId(units: XliffUnit[], onDuplicate: (id: string) => void): Map<string, XliffUnit> {
  const map = new Map<string, XliffUnit>();
  for (const unit of units) {
    if (map.has(unit.id)) onDuplicate(unit.id);
    else map.set(unit.id, unit);
  }
  return map;
}
