/**
 * One desk's Efecte → Opin side (docs/design/realtime.md, §4): the cards to read, from Efecte's
 * outbound calls (a hint: `notify`) and from the polling fallback (`GET /dc/{tpl}/data` with
 * `$updated$ > '…'` every `pollIntervalSeconds`, marked in `efecte_sync.polled_until`), read one at
 * a time and applied (`./inbound-card.ts`). A card whose read fails stays in the set and is tried
 * again after a backoff, unless Efecte answered that it has no such card or refused the read (it
 * is dropped, with a warning). The set is in memory: a hint lost in a restart is found by the next poll,
 * which looks back from the last mark. One worker per desk.
 * @internal
 */
import type { Logger } from '../log/logger.js';
import { runEvery, type RunningTask } from '../tasks/run-every.js';
import type { Backoff } from './backoff.js';
import { EfecteError, type EfecteErrorKind } from './efecte-error.js';
import { applyInboundCard, type InboundContext } from './inbound-card.js';

/** How far back the first poll of a desk looks. */
const firstLookBackMs = 24 * 60 * 60_000;
/** Margin for clocks: a poll looks back this far before its last mark. */
const overlapMs = 60_000;
/** Failures that reading the card again will not cure. */
const droppable: ReadonlySet<EfecteErrorKind> = new Set(['not_found', 'refused', 'malformed']);
/** The most cards queued by one poll. */
const maxPolled = 1_000;

/** The worker's settings. */
export interface InboundWorkerOptions {
  readonly context: Omit<InboundContext, 'signal'>;
  readonly log: Logger;
  readonly pollIntervalMs: number;
  readonly backoff: Backoff;
  /** The most hints held at once; more are dropped (the poll finds them). */
  readonly maxQueued?: number;
}

/** A running worker. */
export interface InboundWorker {
  /** Queues card `dataCardId` to be read (an outbound call's hint). */
  notify(dataCardId: string): void;
  /** Polls now. */
  poll(): void;
  /** Resolves when nothing is queued and no read runs (for tests). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the worker. */
export function startInboundWorker(options: InboundWorkerOptions): InboundWorker {
  const { context, log } = options;
  const desk = context.config.desk;
  const abort = new AbortController();
  const queued = new Set<string>();
  const maxQueued = options.maxQueued ?? 1_000;
  let retry: NodeJS.Timeout | undefined;
  let waiting: (() => void)[] = [];

  const failed = (error: unknown) => {
    if (abort.signal.aborted) return;
    const wait = options.backoff.next();
    log.warn(
      {
        desk,
        err: { message: error instanceof Error ? error.message : 'unknown' },
        retryInMs: wait,
      },
      'efecte inbound failed',
    );
    clearTimeout(retry);
    retry = setTimeout(() => drainTask.poke(), wait);
    retry.unref();
  };

  const settle = () => {
    if (queued.size > 0) return;
    const resolved = waiting;
    waiting = [];
    for (const resolve of resolved) resolve();
  };

  const drain = async () => {
    for (const dataCardId of [...queued]) {
      if (abort.signal.aborted) return;
      try {
        await applyInboundCard({ ...context, signal: abort.signal }, dataCardId);
      } catch (error) {
        // A card Efecte will not give (gone, or refused as asked) is dropped, not retried forever.
        if (!(error instanceof EfecteError) || !droppable.has(error.kind)) throw error;
        log.warn({ desk, dataCardId, err: { message: error.message } }, 'efecte card dropped');
      }
      queued.delete(dataCardId);
      options.backoff.reset();
    }
  };

  const poll = async () => {
    const started = new Date();
    const mark = await context.store.polledUntil();
    const since = new Date(mark ? mark.getTime() - overlapMs : started.getTime() - firstLookBackMs);
    const cards = await context.client.listUpdatedSince(since, {
      maxCards: maxPolled,
      signal: abort.signal,
    });
    for (const card of cards) queued.add(card.dataCardId);
    await context.store.markPolled(started);
    if (cards.length > 0) log.debug({ desk, cards: cards.length }, 'efecte polled');
    drainTask.poke();
  };

  const drainTask: RunningTask = runEvery(
    options.pollIntervalMs,
    () =>
      drain()
        .catch(failed)
        .finally(() => {
          if (queued.size === 0) settle();
        }),
    failed,
  );
  const pollTask = runEvery(options.pollIntervalMs, () => poll().catch(failed), failed);
  pollTask.poke();

  return {
    notify(dataCardId) {
      if (queued.size >= maxQueued && !queued.has(dataCardId)) return;
      queued.add(dataCardId);
      drainTask.poke();
    },
    poll: () => pollTask.poke(),
    idle() {
      if (queued.size === 0) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
    async stop() {
      clearTimeout(retry);
      abort.abort();
      await pollTask.stop();
      await drainTask.stop();
      for (const resolve of waiting) resolve();
    },
  };
}
