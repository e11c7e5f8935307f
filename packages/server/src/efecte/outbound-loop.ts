/**
 * One desk's Opin → Efecte loop (docs/design/realtime.md, §4 "Opin → Efecte"): the desk's event
 * log is the queue. The loop reads the events after its cursor (`efecte_sync.last_seq`), applies
 * each to Efecte (`./outbound-event.ts`) and moves the cursor past it; a failure keeps the cursor
 * and the loop tries again after a backoff, so nothing is skipped and a restart resumes where the
 * last applied event left off (at least once; the writes are idempotent). A cursor older than what
 * the log keeps jumps to the oldest kept event (reconciliation repairs what was missed). Woken by
 * the log's `follow`, by a timer, and after a backoff; one loop per desk, so one slow Efecte never
 * delays another desk.
 * @internal
 */
import type { TicketRepository } from '@opin/support-domain';
import type { Logger } from '../log/logger.js';
import { runEvery, type RunningTask } from '../tasks/run-every.js';
import type { Backoff } from './backoff.js';
import { applyOutboundEvent, type OutboundContext } from './outbound-event.js';

/** Events read per round. */
const batch = 50;

/** The loop's settings. */
export interface OutboundLoopOptions {
  readonly context: Omit<OutboundContext, 'tickets' | 'signal'>;
  readonly tickets: TicketRepository;
  readonly log: Logger;
  /** How often it looks even without a wake-up. */
  readonly intervalMs: number;
  readonly backoff: Backoff;
}

/** A running loop. */
export interface OutboundLoop {
  /** Wakes it now. */
  poke(): void;
  /** Its cursor and the desk's newest event: caught up when they are equal. */
  position(): Promise<{ cursor: number; latest: number }>;
  stop(): Promise<void>;
}

/** Starts the loop. */
export function startOutboundLoop(options: OutboundLoopOptions): OutboundLoop {
  const { context, tickets, log } = options;
  const desk = context.config.desk;
  const abort = new AbortController();
  let retry: NodeJS.Timeout | undefined;

  const failed = (error: unknown) => {
    if (abort.signal.aborted) return;
    const wait = options.backoff.next();
    log.warn(
      {
        desk,
        err: { message: error instanceof Error ? error.message : 'unknown' },
        retryInMs: wait,
      },
      'efecte outbound failed',
    );
    clearTimeout(retry);
    retry = setTimeout(() => task.poke(), wait);
    retry.unref();
  };

  const drain = async () => {
    for (;;) {
      if (abort.signal.aborted) return;
      let cursor = await context.store.cursor();
      const { oldest } = await tickets.deskEvents.bounds(desk);
      if (cursor + 1 < oldest) {
        log.warn({ desk, from: cursor, to: oldest - 1 }, 'efecte cursor behind the log: skipped');
        cursor = oldest - 1;
        await context.store.advance(cursor);
      }
      const events = await tickets.deskEvents.since(desk, cursor, batch);
      if (events.length === 0) return;
      for (const event of events) {
        await applyOutboundEvent({ ...context, tickets, signal: abort.signal }, event);
        await context.store.advance(event.seq);
        options.backoff.reset();
      }
      if (events.length < batch) return;
    }
  };

  const task: RunningTask = runEvery(options.intervalMs, () => drain().catch(failed), failed);
  const unfollow = tickets.deskEvents.follow(desk, () => task.poke());
  task.poke();
  return {
    poke: () => task.poke(),
    async position() {
      const [cursor, { latest }] = await Promise.all([
        context.store.cursor(),
        tickets.deskEvents.bounds(desk),
      ]);
      return { cursor, latest };
    },
    async stop() {
      unfollow();
      clearTimeout(retry);
      abort.abort();
      await task.stop();
    },
  };
}
