/**
 * Where a position in a built file came from, read from its source map (version 3): the source
 * file and line of the nearest mapping at or before the position on its line. For the cold-open
 * profile (`profile-cold-open.ts`), which names the functions of a CPU profile by their source.
 * @internal
 */
import { decode } from '@jridgewell/sourcemap-codec';

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

/** Looks up positions of one built file. */
export class SourcePositions {
  readonly #lines: Segment[][];
  readonly #sources: readonly (string | null)[];

  constructor(map: SourceMapLike) {
    this.#sources = map.sources;
    this.#lines = decode(map.mappings).map((segments) =>
      segments.map(([column, source = -1, line = 0]): Segment => ({ column, source, line })),
    );
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
