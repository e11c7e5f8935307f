/**
 * Exact bytes of a built file by the source they came from, read from the file's source map: the
 * bytes from one mapping to the next (a line's end included) belong to the first mapping's
 * source; bytes before a line's first mapping, or after a mapping that names no source, belong to
 * none (the bundler's own glue, the compile hint). Counted in UTF-8, as the file is served.
 * @internal
 */

/** The part of a source map this needs (version 3). */
export interface SourceMapLike {
  sources: readonly (string | null)[];
  mappings: string;
}

/** One mapping: where it starts on its line (UTF-16 column) and its source's index, or -1. */
interface Segment {
  column: number;
  source: number;
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one Base64 VLQ segment. */
function decodeSegment(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = base64.indexOf(char);
    if (digit < 0) throw new Error(`not a source map segment: ${text}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The mappings of each generated line. */
function decodeMappings(mappings: string): Segment[][] {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter((segment) => segment !== '')
      .map((segment) => {
        const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
        column += columnDelta;
        if (sourceDelta === undefined) return { column, source: -1 };
        source += sourceDelta;
        return { column, source };
      });
  });
}

/**
 * The bytes of `code` by source (as the map names it); bytes of no source under `null`. The
 * counts add up to the file's size.
 */
export function bytesBySource(code: string, map: SourceMapLike): Map<string | null, number> {
  const bytes = new Map<string | null, number>();
  const count = (source: number, text: string) => {
    if (text === '') return;
    const name = map.sources[source] ?? null;
    bytes.set(name, (bytes.get(name) ?? 0) + Buffer.byteLength(text));
  };
  const lines = code.split('\n');
  const segments = decodeMappings(map.mappings);
  lines.forEach((line, index) => {
    const text = index < lines.length - 1 ? `${line}\n` : line;
    let start = 0;
    let source = -1;
    for (const segment of segments[index] ?? []) {
      count(source, text.slice(start, segment.column));
      start = segment.column;
      source = segment.source;
    }
    count(source, text.slice(start));
  });
  return bytes;
}
