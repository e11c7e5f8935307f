/**
 * Reads the generated locale modules (`src/panel/locales/<locale>.ts`) as message maps, so that a
 * freshly built module and the committed one (formatted by prettier and eslint) compare equal
 * exactly when they hold the same messages.
 * @internal
 */
import ts from 'typescript';
import type { TranslationProblem } from './xliff-problems.js';

/**
 * The `templates` object of a locale module: message id → its template as written in code, e.g.
 * `str\`Tila: ${0}\``. Whitespace inside `${}` is dropped, and inside `html` templates (which
 * prettier may reflow) collapsed to one space. Throws if the module has no `templates` object.
 */
export function readLocaleTemplates(source: string): Map<string, string> {
  const file = ts.createSourceFile('locale.ts', source, ts.ScriptTarget.Latest, true);
  const templates = new Map<string, string>();
  const object = findTemplatesObject(file);
  if (!object) throw new Error('no `export const templates = { … }` found');
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) throw new Error(`unexpected ${property.getText()}`);
    templates.set(propertyName(property.name), normalize(property.initializer, file));
  }
  return templates;
}

/** (c) Differences between the module built from the XLIFF and the committed one. */
export function compareLocaleModules(
  file: string,
  built: Map<string, string>,
  committed: Map<string, string>,
): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const rebuild = 'run `pnpm --filter @opin/support-widget i18n`';
  for (const [id, template] of built) {
    const current = committed.get(id);
    if (current === undefined) {
      problems.push({ file, id, problem: `out of date: message missing; ${rebuild}` });
    } else if (current !== template) {
      problems.push({
        file,
        id,
        problem: `out of date: has ${current}, the XLIFF gives ${template}; ${rebuild}`,
      });
    }
  }
  for (const id of committed.keys()) {
    if (!built.has(id)) {
      problems.push({
        file,
        id,
        problem: `out of date: lit-localize no longer builds this message; ${rebuild}`,
      });
    }
  }
  return problems;
}

function findTemplatesObject(file: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (
        ts.isIdentifier(declaration.name) &&
        declaration.name.text === 'templates' &&
        declaration.initializer &&
        ts.isObjectLiteralExpression(declaration.initializer)
      ) {
        return declaration.initializer;
      }
    }
  }
  return undefined;
}

function propertyName(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) {
    return name.text;
  }
  throw new Error(`unexpected property name ${name.getText()}`);
}

function normalize(value: ts.Expression, file: ts.SourceFile): string {
  const text = value.getText(file).replace(/\$\{\s*(\d+)\s*\}/g, '$${$1}');
  const isHtml = ts.isTaggedTemplateExpression(value) && value.tag.getText(file) === 'html';
  return isHtml ? text.replace(/\s+/g, ' ') : text;
}
