/**
 * Takes the translators' notes out of `msg()` calls at build time, a vite plugin. A message's
 * `desc` (`msg('Copy', { desc: 'Copies the ticket reference.' })`) is for `lit-localize extract`,
 * which writes it into the XLIFF files; `@lit/localize` never reads it at run time, yet a minifier
 * must keep it. Only `desc` goes: an `id` stays, and options left empty go with their comma.
 * @internal
 */
import ts from 'typescript';
import type { Plugin } from 'vite';
import { sourceTransformPlugin } from './source-transform.js';

/** Replace the source from `start` to `end` (exclusive) with `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

const isDescription = (property: ts.ObjectLiteralElementLike): boolean =>
  property.name !== undefined && ts.isIdentifier(property.name) && property.name.text === 'desc';

/** The edits that remove `desc` from the options of every `msg()` call in `source`. */
function descriptionEdits(source: ts.SourceFile): Edit[] {
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'msg'
    ) {
      const [message, options] = node.arguments;
      if (message && options && ts.isObjectLiteralExpression(options)) {
        const kept = options.properties.filter((property) => !isDescription(property));
        if (kept.length === 0) {
          // `msg(text, { desc })` → `msg(text)`: from the end of the text to the end of the options.
          edits.push({ start: message.end, end: options.end, text: '' });
        } else if (kept.length < options.properties.length) {
          const text = `{${kept.map((property) => property.getText(source)).join(',')}}`;
          edits.push({ start: options.getStart(source), end: options.end, text });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits;
}

/** `code` (TypeScript) without the `desc` of its `msg()` calls. */
export function stripMessageDescriptions(code: string, fileName = 'module.ts'): string {
  if (!code.includes('desc')) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  let result = code;
  // From the end, so earlier offsets stay valid (calls nest only in messages, never in options).
  for (const { start, end, text } of descriptionEdits(source).reverse()) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

/** Applies {@link stripMessageDescriptions} to the TypeScript files under `sourceDir` (`src/`). */
export function stripMessageDescriptionsPlugin(sourceDir: string): Plugin {
  return sourceTransformPlugin(
    'opin:strip-message-descriptions',
    sourceDir,
    stripMessageDescriptions,
  );
}
