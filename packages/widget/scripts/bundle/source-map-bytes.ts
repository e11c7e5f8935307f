/**
 * Exact bytes of a built file by the source they came from, read from the file's source map: the
 * bytes from one mapping to the next (a line's end included) belong to the first mapping's
 * source; bytes before a line's first mapping, or after a mapping that names no source, belong to
 * none (the bundler's own glue, the compile hint). Counted in UTF-8, as the file is served.
 * @internal
 */
import { decode } from '@jridgewell/sourcemap-codec';

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

/** The mappings of each generated line (decoded by `@jridgewell/sourcemap-codec`). */
function decodeMappings(mappings: string): Segment[][] {
  // The decoder reads any other character as some digit: refuse a map that is not Base64 VLQ.
  const stray = /[^A-Za-z0-9+/,;]/.exec(mappings);
  if (stray) throw new Error(`not a source map segment: "${stray[0]}" in the mappings`);
  return decode(mappings).map((line) => line.map(([column, source = -1]) => ({ column, source })));
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
