/**
 * Shrinks the whitespace inside Lit's `html` and `css` templates at build time, a vite plugin.
 * Minifiers shrink the code around template literals but keep their text, and the panel's
 * templates are written indented over many lines.
 * - Markup: only whitespace that holds a line break is touched, and it becomes one space, which
 *   renders the same (outside `<pre>` and `<textarea>` text, which the panel's templates do not
 *   hold: their textareas are filled through `.value`).
 * - Styles: the same, then comments go, and the spaces around `{`, `}`, `;` and `,` and after `:`
 *   (a space after a colon is never needed; a space before one is kept, as in `a :hover`).
 * Expressions (`${…}`) are left alone.
 * @internal
 */
import ts from 'typescript';
import type { Plugin } from 'vite';
import { sourceTransformPlugin } from './source-transform.js';

/** The template tags whose text is markup or a style sheet. */
const markupTags = new Set(['html', 'svg', 'css']);

/** A piece of template text between `start` and `end` (exclusive) of the source. */
interface TextSpan {
  start: number;
  end: number;
  css: boolean;
}

/** The text parts of every `html`/`svg`/`css` tagged template in `source`. */
function templateTexts(source: ts.SourceFile): TextSpan[] {
  const spans: TextSpan[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      markupTags.has(node.tag.text)
    ) {
      const css = node.tag.text === 'css';
      const { template } = node;
      // Each literal part starts after "`" or "}" and ends before "`" or "${".
      const parts: ts.Node[] = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        const closing = ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1;
        spans.push({ start: part.getStart(source) + 1, end: part.end - closing, css });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans;
}

/** One template text with its line-broken whitespace shrunk. */
function shrink(text: string, css: boolean): string {
  const spaced = text.replace(/[ \t]*\r?\n\s*/g, ' ');
  if (!css) return spaced;
  return spaced
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':');
}

/** `code` (TypeScript) with the whitespace in its markup and style templates shrunk. */
export function minifyTemplates(code: string, fileName = 'module.ts'): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  let result = code;
  // From the end, so earlier offsets stay valid.
  for (const { start, end, css } of templateTexts(source).reverse()) {
    result = result.slice(0, start) + shrink(result.slice(start, end), css) + result.slice(end);
  }
  return result;
}

/** Applies {@link minifyTemplates} to the TypeScript files under `sourceDir` (the widget's `src/`). */
export function minifyTemplatesPlugin(sourceDir: string): Plugin {
  return sourceTransformPlugin('opin:minify-templates', sourceDir, minifyTemplates);
}
