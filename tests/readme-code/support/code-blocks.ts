/**
 * The TypeScript code blocks of a Markdown file: fenced with ```ts, ```typescript or ```tsx.
 * @internal
 */

/** One TypeScript code block of a README. */
export interface CodeBlock {
  /** The README's path. */
  readme: string;
  /** 1-based line in the README of the block's first line of code (the line after the fence). */
  line: number;
  /** `tsx` for JSX, else `ts`. */
  language: 'ts' | 'tsx';
  code: string;
}

const opening = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/;
const languages: Readonly<Record<string, CodeBlock['language']>> = {
  ts: 'ts',
  typescript: 'ts',
  tsx: 'tsx',
};

/** Every TypeScript block of `markdown` (the text of `readme`), in order. */
export function typeScriptBlocks(markdown: string, readme: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const match = opening.exec(lines[index] ?? '');
    if (!match) continue;
    const [, fence = '', info = ''] = match;
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const start = index + 1;
    let end = start;
    while (end < lines.length && !closing.test(lines[end] ?? '')) end++;
    const language = languages[info.toLowerCase()];
    if (language) {
      blocks.push({
        readme,
        line: start + 1,
        language,
        code: lines.slice(start, end).join('\n'),
      });
    }
    index = end;
  }
  return blocks;
}
