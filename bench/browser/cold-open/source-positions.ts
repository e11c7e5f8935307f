/**
 * Where a position in a built file came from, read from its source map (version 3): the source
 * file and line of the nearest mapping at or before the position on its line. For the cold-open
 * profile (`profile-cold-open.ts`), which names the functions of a CPU profile by their source.
 * @internal
 */

/** The part of a source map this needs. */
export interface SourceMapLike {
  sources: readonly (string | null)[];
  mappings: string;
}

/** An original position: the source (as the map names it) and its line, 1-based. */
export interface SourcePosition {
  source: string;
  line: number;
}

interface Segment {
  column: number;
  /** Index into `sources`, or -1 when the mapping names no source. */
  source: number;
  line: number;
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

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

/** Looks up positions of one built file. */
export class SourcePositions {
  readonly #lines: Segment[][];
  readonly #sources: readonly (string | null)[];

  constructor(map: SourceMapLike) {
    this.#sources = map.sources;
    let source = 0;
    let line = 0;
    this.#lines = map.mappings.split(';').map((text) => {
      let column = 0;
      return text
        .split(',')
        .filter((segment) => segment !== '')
        .map((segment): Segment => {
          const [columnDelta = 0, sourceDelta, lineDelta = 0] = decodeSegment(segment);
          column += columnDelta;
          if (sourceDelta === undefined) return { column, source: -1, line: 0 };
          source += sourceDelta;
          line += lineDelta;
          return { column, source, line };
        });
    });
  }

  /** The origin of 0-based `line` and `column` of the built file, or undefined if none. */
  at(line: number, column: number): SourcePosition | undefined {
    const segments = this.#lines[line] ?? [];
    let low = 0;
    let high = segments.length - 1;
    let found: Segment | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const segment = segments[middle];
      if (!segment) break;
      if (segment.column <= column) {
        found = segment;
        low = middle + 1;
      } else high = middle - 1;
    }
    const source = found && found.source >= 0 ? this.#sources[found.source] : undefined;
    return found && source ? { source, line: found.line + 1 } : undefined;
  }
}
