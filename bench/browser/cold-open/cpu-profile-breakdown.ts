/**
 * Where a CPU profile's samples (CDP `Profiler`) in a span went: self time by source module (the
 * built files' source maps name it), by function, and whether the sample ran while a chunk's
 * module code was being evaluated or later (building and rendering the panel). For
 * `profile-cold-open.ts`.
 * @internal
 */
import type { SourcePositions } from './source-positions.js';

/** The parts of a CDP `Profiler.Profile` this reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  /** Microseconds, the trace clock. */
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Milliseconds by key. */
export type Tally = Map<string, number>;

/** The profile's self time in the span, three ways. */
export interface CpuBreakdown {
  /** By source module: a package (`lit-html`, `zod`, …), an SDK or widget source file, or V8's. */
  byModule: Tally;
  /** By function: its built name and its source position. */
  byFunction: Tally;
  /** By phase: `evaluating <chunk>` (its module code and what it calls) or `after evaluation`. */
  byPhase: Tally;
  /** By phase and source module. */
  byPhaseAndModule: Tally;
  /**
   * Inclusive time of the widget's and the SDK's own functions (not packages'): the samples with
   * the function anywhere on their stack.
   */
  ownInclusive: Tally;
}

/** The file name of a chunk URL, without its content hash. */
export const chunkName = (url: string): string =>
  url.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js');

/** A short module name for a source path from a source map. */
export function moduleName(source: string): string {
  const inPackage =
    /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(source);
  if (inPackage) {
    const [, name = '', path = ''] = inPackage;
    // zod/mini is zod's `v4/mini` and `v4/core`: keep which.
    return name === 'zod' ? `zod/${path.split('/').slice(1, 3).join('/')}` : name;
  }
  return source.replace(/^(\.\.\/)+/, '').replace(/^.*?packages\//, '');
}

/** Splits the samples of `profile` in `[start, end)` (µs); `maps` by chunk name. */
export function cpuBreakdown(
  profile: CpuProfile,
  start: number,
  end: number,
  maps: ReadonlyMap<string, SourcePositions>,
): CpuBreakdown {
  const byModule: Tally = new Map();
  const byFunction: Tally = new Map();
  const byPhase: Tally = new Map();
  const byPhaseAndModule: Tally = new Map();
  const ownInclusive: Tally = new Map();
  const add = (tally: Tally, key: string, us: number) =>
    tally.set(key, (tally.get(key) ?? 0) + us / 1000);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let time = profile.startTime;
  for (const [index, id] of samples.entries()) {
    time += deltas[index] ?? 0;
    // A sample stands for the time until the next one.
    const us = deltas[index + 1] ?? 0;
    if (time < start || time >= end) continue;
    const node = nodes.get(id);
    if (!node) continue;
    const locate = ({
      url,
      lineNumber,
      columnNumber,
    }: CpuProfile['nodes'][number]['callFrame']) => {
      const chunk = url === '' ? undefined : chunkName(url);
      return { chunk, origin: chunk ? maps.get(chunk)?.at(lineNumber, columnNumber) : undefined };
    };
    const { functionName } = node.callFrame;
    const { chunk, origin } = locate(node.callFrame);
    const module = origin
      ? moduleName(origin.source)
      : chunk
        ? `${chunk} (no source)`
        : functionName.startsWith('(')
          ? functionName
          : '(V8 and Blink built-ins)';
    add(byModule, module, us);
    const where = origin ? `${moduleName(origin.source)}:${origin.line}` : (chunk ?? '');
    add(byFunction, `${functionName || '(anonymous)'} ${where}`.trim(), us);
    const phase = phaseOf(id, nodes, parents);
    add(byPhase, phase, us);
    add(byPhaseAndModule, `${phase} › ${module}`, us);
    const own = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = nodes.get(at)?.callFrame;
      const source = frame && locate(frame).origin;
      if (!frame || !source || source.source.includes('node_modules')) continue;
      own.add(`${frame.functionName || '(anonymous)'} ${moduleName(source.source)}:${source.line}`);
    }
    for (const key of own) add(ownInclusive, key, us);
  }
  return { byModule, byFunction, byPhase, byPhaseAndModule, ownInclusive };
}

/** `evaluating <chunk>` when a module's top-level code is on the stack, else `after evaluation`. */
function phaseOf(
  id: number,
  nodes: ReadonlyMap<number, CpuProfile['nodes'][number]>,
  parents: ReadonlyMap<number, number>,
): string {
  let evaluating: string | undefined;
  for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
    const frame = nodes.get(at)?.callFrame;
    // A module's top-level code is the frame with no name at the file's start.
    if (
      frame &&
      frame.url !== '' &&
      frame.functionName === '' &&
      frame.lineNumber === 0 &&
      frame.columnNumber === 0
    ) {
      evaluating = chunkName(frame.url);
    }
  }
  return evaluating ? `evaluating ${evaluating}` : 'after evaluation (script)';
}
