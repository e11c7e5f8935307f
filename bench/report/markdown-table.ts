/**
 * A Markdown table from a header row and rows of cells; numeric-looking columns are right-aligned.
 * @internal
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const numeric = header.map((_, column) =>
    rows.every((row) => /^[\d.,−-]+\s*(B|ms|×|%|\/s)?$/.test(row[column] ?? '')),
  );
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = numeric.map((right) => (right ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}
