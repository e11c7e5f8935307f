/**
 * For webhook delivery tests: desk events as the log numbers them, a clock the test moves, a post
 * function scripted per desk that records every attempt, and a logger whose lines a test waits on
 * (an outcome is recorded before its line is logged).
 */
import type { DeskEvent, DeskEventType } from '@opin/support-sdk/schemas';
import { createLogger, type Logger } from '../../src/log/logger.js';
import type {
  PostWebhook,
  WebhookAttempt,
  WebhookPostOutcome,
} from '../../src/delivery/webhook-post.js';
import type { RetryPolicy } from '../../src/delivery/retry-schedule.js';

/** A short retry policy: 1 s doubling to 4 s, for a minute (on the test's clock). */
export const shortRetry: RetryPolicy = {
  firstRetryMs: 1_000,
  longestWaitMs: 4_000,
  giveUpAfterMs: 60_000,
};

/** A test clock: starts at a fixed moment and moves only when told. */
export class TestClock {
  #now = new Date('2026-03-02T09:00:00.000Z').getTime();
  now = (): Date => new Date(this.#now);
  advance(ms: number): void {
    this.#now += ms;
  }
}

/** The `seq`-th event of `desk`, about `ticketId`. */
export function deskEvent(
  desk: string,
  seq: number,
  type: DeskEventType = 'ticket.received',
  ticketId = 'OPIN-0a1b2c3d4e5f',
): DeskEvent {
  return {
    id: `${desk}:${seq}`,
    seq,
    type,
    at: '2026-03-02T09:00:00.000Z',
    desk,
    ticketId,
    version: seq,
    data: {
      status: 'received',
      owner: desk,
      assisting: null,
      handoff: null,
      timelineEventId: `evt-${seq}`,
    },
  };
}

/** What a scripted receiver does with one attempt. */
export type Answer = WebhookPostOutcome | 'hang';

/**
 * A post function: each desk answers from its script in turn (then 2xx), `hang` until the attempt
 * is aborted. Every attempt is recorded, and `posted(n)` waits for the n-th.
 */
export class ScriptedPost {
  readonly attempts: WebhookAttempt[] = [];
  readonly #scripts = new Map<string, Answer[]>();
  readonly #waiters: { count: number; resolve: () => void }[] = [];

  script(desk: string, ...answers: Answer[]): void {
    this.#scripts.set(desk, answers);
  }

  /** The attempts made for `desk`. */
  of(desk: string): WebhookAttempt[] {
    return this.attempts.filter((attempt) => attempt.deskId === desk);
  }

  /** Resolves once `count` attempts were made (of every desk). */
  posted(count: number): Promise<void> {
    if (this.attempts.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ count, resolve }));
  }

  readonly post: PostWebhook = (attempt, signal) => {
    this.attempts.push(attempt);
    for (const waiter of this.#waiters) {
      if (this.attempts.length >= waiter.count) waiter.resolve();
    }
    const answer = this.#scripts.get(attempt.deskId)?.shift() ?? { delivered: true, status: 204 };
    if (answer !== 'hang') return Promise.resolve(answer);
    return new Promise((_, reject) => {
      const abort = () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
      if (signal.aborted) abort();
      else signal.addEventListener('abort', abort, { once: true });
    });
  };
}

/** A logger that keeps every line, and lets a test wait for one. */
export class WatchedLog {
  readonly lines: Record<string, unknown>[] = [];
  readonly #waiters: { match: (line: Record<string, unknown>) => boolean; resolve: () => void }[] =
    [];
  readonly logger: Logger = createLogger('info', {
    write: (text: string) => {
      const line = JSON.parse(text) as Record<string, unknown>;
      this.lines.push(line);
      for (const waiter of this.#waiters) if (waiter.match(line)) waiter.resolve();
    },
  });

  /** Resolves once a line with message `msg` (and the fields of `fields`) is logged. */
  logged(msg: string, fields: Record<string, unknown> = {}): Promise<void> {
    const match = (line: Record<string, unknown>) =>
      line['msg'] === msg && Object.entries(fields).every(([key, value]) => line[key] === value);
    if (this.lines.some(match)) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ match, resolve }));
  }
}
