/**
 * Where the main thread's time went in a span of a Chromium trace (CDP `Tracing`, the
 * `devtools.timeline` and `v8` categories): every trace event's self time — its duration less its
 * children's, cut to the span — sorted into activities (compiling and evaluating each script,
 * other script, style, layout, paint, garbage collection, …); the rest of the span the thread was
 * idle (waiting for the network or a frame). For `profile-cold-open.ts`.
 * @internal
 */

/** One trace event as CDP reports it (the fields this reads). */
export interface TraceEvent {
  name: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** The thread's own CPU time, microseconds (when the event records it). */
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; fileName?: string; url?: string; data?: Record<string, unknown> };
}

/** A span of one thread, in trace microseconds. */
export interface ThreadSpan {
  pid: number;
  tid: number;
  start: number;
  end: number;
}

/** Milliseconds by activity. */
export type Breakdown = Map<string, number>;

/** Self time by activity: in wall time, and in the thread's own CPU time (ms). */
export interface ThreadBreakdown {
  wall: Breakdown;
  /**
   * Leaves out the time the thread waited for a core on a busy machine; CPU throttling busy-waits
   * inside the thread, so it counts. Partly overlapping events count their share by wall time.
   */
  thread: Breakdown;
}

const activities: readonly [RegExp, string][] = [
  [/^(v8\.compileModule|v8\.compile|CompileScript|V8\.CompileCode|v8\.compileLazy)$/, 'compile'],
  [/^(v8\.evaluateModule|EvaluateScript|v8\.run)$/, 'evaluate'],
  [/^(v8\.produceModuleCache|v8\.produceCache|v8\.consumeCache)$/, 'code cache'],
  [/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation)$/, 'style recalc'],
  [/^ParseAuthorStyleSheet$/, 'style sheet parsing'],
  [/^(Layout|UpdateLayout)$/, 'layout'],
  [/^(PrePaint|Paint|Layerize|Commit|UpdateLayer|CompositeLayers|PaintImage)$/, 'paint + commit'],
  [/GC|GarbageCollect|^V8\.GC/i, 'garbage collection'],
  [/^ParseHTML$/, 'HTML parsing'],
  [
    /^(FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.callFunction)$/,
    'other script (callbacks, microtasks)',
  ],
  [
    /^(ResourceReceiveResponse|ResourceFinish|ResourceReceivedData|ResourceSendRequest)$/,
    'network events',
  ],
];

const scriptFile = (event: TraceEvent): string => {
  const raw = event.args?.fileName ?? event.args?.data?.['url'] ?? event.args?.url;
  const url = typeof raw === 'string' ? raw : '';
  return url.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js') || '(a module; no URL traced)';
};

/** The activity an event's self time counts for. */
export function activityOf(event: TraceEvent): string {
  for (const [pattern, activity] of activities) {
    if (!pattern.test(event.name)) continue;
    return activity === 'compile' || activity === 'evaluate'
      ? `${activity} ${scriptFile(event)}`
      : activity;
  }
  return `other: ${event.name}`;
}

interface Span {
  event: TraceEvent;
  start: number;
  end: number;
  /** Thread time, µs (its wall duration when the event records none). */
  threadUs: number;
}

/** The complete events (`X`, and `B`/`E` pairs) of the span's thread that overlap it. */
function spansOf(events: readonly TraceEvent[], thread: ThreadSpan): Span[] {
  const spans: Span[] = [];
  const open: TraceEvent[] = [];
  for (const event of events) {
    if (event.pid !== thread.pid || event.tid !== thread.tid) continue;
    if (event.ph === 'X' && event.dur !== undefined) {
      const threadUs = event.tdur ?? event.dur;
      spans.push({ event, start: event.ts, end: event.ts + event.dur, threadUs });
    } else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      if (!begin) continue;
      const threadUs =
        begin.tts !== undefined && event.tts !== undefined
          ? event.tts - begin.tts
          : event.ts - begin.ts;
      spans.push({ event: begin, start: begin.ts, end: event.ts, threadUs });
    }
  }
  return spans
    .filter((span) => span.end > thread.start && span.start < thread.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The self time of the thread's events in the span, by activity (ms); `idle` is the span's wall
 * time in no event at all.
 */
export function mainThreadBreakdown(
  events: readonly TraceEvent[],
  thread: ThreadSpan,
): ThreadBreakdown {
  const clip = (start: number, end: number) =>
    Math.max(0, Math.min(end, thread.end) - Math.max(start, thread.start));
  const inSpan = (span: Span) => {
    const wall = clip(span.start, span.end);
    const whole = span.end - span.start;
    return { wall, thread: whole > 0 ? (span.threadUs * wall) / whole : 0 };
  };
  const wall: Breakdown = new Map();
  const threadTime: Breakdown = new Map();
  const add = (activity: string, wallUs: number, threadUs: number) => {
    wall.set(activity, (wall.get(activity) ?? 0) + wallUs / 1000);
    threadTime.set(activity, (threadTime.get(activity) ?? 0) + threadUs / 1000);
  };
  const stack: Span[] = [];
  const children = new Map<Span, { wall: number; thread: number }>();
  const close = (span: Span) => {
    const own = inSpan(span);
    const inner = children.get(span) ?? { wall: 0, thread: 0 };
    add(activityOf(span.event), own.wall - inner.wall, Math.max(0, own.thread - inner.thread));
    const parent = stack.at(-1);
    if (!parent) return;
    const sum = children.get(parent) ?? { wall: 0, thread: 0 };
    children.set(parent, { wall: sum.wall + own.wall, thread: sum.thread + own.thread });
  };
  let busy = 0;
  for (const span of spansOf(events, thread)) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= span.start) {
      const done = stack.pop();
      if (done) close(done);
    }
    // A span that does not fit in its parent (clock rounding) is cut to it.
    const parent = stack.at(-1);
    const fitted = parent && span.end > parent.end ? { ...span, end: parent.end } : span;
    if (!parent) busy += clip(fitted.start, fitted.end);
    stack.push(fitted);
  }
  while (stack.length > 0) {
    const done = stack.pop();
    if (done) close(done);
  }
  add('idle (waiting: network, frames)', clip(thread.start, thread.end) - busy, 0);
  return { wall, thread: threadTime };
}

/** One top-level task of the span: when it started (ms after the span's start), and its breakdown. */
export interface TaskSummary {
  atMs: number;
  wallMs: number;
  breakdown: ThreadBreakdown;
}

/** The span's top-level tasks of at least `minMs` wall time, in order. */
export function taskTimeline(
  events: readonly TraceEvent[],
  thread: ThreadSpan,
  minMs: number,
): TaskSummary[] {
  const tasks: TaskSummary[] = [];
  let end = -Infinity;
  for (const span of spansOf(events, thread)) {
    if (span.start < end) continue;
    end = span.end;
    if (span.end - span.start < minMs * 1000) continue;
    tasks.push({
      atMs: (span.start - thread.start) / 1000,
      wallMs: (span.end - span.start) / 1000,
      breakdown: mainThreadBreakdown(events, { ...thread, start: span.start, end: span.end }),
    });
  }
  return tasks;
}

/** The renderer main thread (`CrRendererMain`) of the process that emitted `markName`. */
export function rendererMainThread(
  events: readonly TraceEvent[],
  markName: string,
): { pid: number; tid: number; markTs: number } {
  const mark = events.find((event) => event.name === markName);
  if (!mark) throw new Error(`trace has no ${markName} mark`);
  const main = events.find(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.pid === mark.pid &&
      event.args?.name === 'CrRendererMain',
  );
  if (!main) throw new Error('trace names no renderer main thread');
  return { pid: main.pid, tid: main.tid, markTs: mark.ts };
}
