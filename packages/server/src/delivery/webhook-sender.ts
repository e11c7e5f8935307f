/**
 * Delivers `webhook_deliveries` (docs/design/realtime.md, "Delivery: the outbox machinery,
 * generalised"): up to `poolSize` attempts at once per instance (`./delivery-pool.ts`), each claimed
 * for `claimMs` with at most `perDesk` claims per desk (`./webhook-claims.ts`), posted with no
 * transaction open by the injected post function (`./webhook-post.ts`), and recorded: a 2xx is
 * `delivered`; anything else is a failed attempt, tried again by the webhook retry policy
 * (`./retry-schedule.ts`; a `Retry-After` replaces the computed wait) until it is `failed`. There
 * is no permanent failure by status. The row is marked delivered only after the receiver answered;
 * should the process die between the two, it goes again with the same event id, for the receiver
 * to deduplicate. Logs name the desk, the event and the delivery, never a URL or a body.
 * @internal
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../log/logger.js';
import type { Database } from '../storage/database.js';
import { markDone, markFailedAttempt, webhookQueue } from './delivery-claims.js';
import { DeliveryPool } from './delivery-pool.js';
import { nextAttemptAt, webhookRetryPolicy, type RetryPolicy } from './retry-schedule.js';
import { claimDueWebhook, type ClaimedWebhook } from './webhook-claims.js';
import type { PostWebhook, WebhookPostOutcome } from './webhook-post.js';

/** How the sender works; every field has a default. */
export interface WebhookSenderOptions {
  /** Attempts in flight at once in this instance (default 8). */
  poolSize?: number;
  /** Claims one desk may hold at once, across instances (default 2). */
  perDesk?: number;
  /**
   * How long an instance's claim on a delivery lasts (default 60 s). An attempt still going after
   * half of it is aborted, so it ends long before another instance may take the delivery.
   */
  claimMs?: number;
  /** When failed attempts are tried again (default: 10 s doubling to 1 h, for 3 days). */
  retry?: RetryPolicy;
  /** The time now (the wall clock; tests pass their own). */
  now?: () => Date;
}

/** Why an attempt that threw failed, as it may be stored: a code, never a message. */
function failureOfError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(code)) return code;
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError' ? 'EABORTED' : 'EUNKNOWN';
}

/** Sends the due webhook deliveries with `post`. */
export class WebhookSender {
  readonly #db: Kysely<Database>;
  readonly #post: PostWebhook;
  readonly #log: Logger;
  readonly #claimMs: number;
  readonly #retry: RetryPolicy;
  readonly #now: () => Date;
  readonly #pool: DeliveryPool<ClaimedWebhook>;
  readonly #stopping = new AbortController();

  constructor(
    db: Kysely<Database>,
    post: PostWebhook,
    log: Logger,
    options: WebhookSenderOptions = {},
  ) {
    this.#db = db;
    this.#post = post;
    this.#log = log;
    this.#claimMs = options.claimMs ?? 60_000;
    this.#retry = options.retry ?? webhookRetryPolicy;
    this.#now = options.now ?? (() => new Date());
    const perDesk = options.perDesk ?? 2;
    this.#pool = new DeliveryPool(
      options.poolSize ?? 8,
      () => claimDueWebhook(this.#db, this.#now(), this.#claimMs, perDesk),
      (delivery) => this.#attempt(delivery),
    );
  }

  /** Attempts in flight now. */
  get active(): number {
    return this.#pool.active;
  }

  /**
   * Claims due deliveries until the pool is full and starts them, without waiting for them;
   * resolves to how many it started. `onSettled` is called as each ends (to fill its slot again).
   */
  fill(onError: (error: unknown) => void, onSettled?: () => void): Promise<number> {
    return this.#pool.fill(onError, onSettled);
  }

  /** Delivers until nothing is due and no attempt is in flight; resolves to how many were tried. */
  deliverDue(): Promise<number> {
    return this.#pool.drain();
  }

  /**
   * Claims no more, aborts the attempts in flight and waits for their outcomes to be recorded (and
   * for a claim being made, whose attempt is aborted at once).
   */
  async stop(): Promise<void> {
    this.#pool.close();
    this.#stopping.abort();
    await this.#pool.settle();
  }

  async #attempt(delivery: ClaimedWebhook): Promise<void> {
    const about = {
      desk: delivery.desk_id,
      event: delivery.event_id,
      delivery: delivery.id,
      attempt: delivery.attempts,
    };
    const signal = AbortSignal.any([
      this.#stopping.signal,
      AbortSignal.timeout(Math.floor(this.#claimMs / 2)),
    ]);
    const startedAt = this.#now();
    let outcome: WebhookPostOutcome;
    try {
      outcome = await this.#post(
        {
          deliveryId: delivery.id,
          deskId: delivery.desk_id,
          target: delivery.target,
          eventId: delivery.event_id,
          eventType: delivery.event_type,
          ticketId: delivery.ticket_id,
          attempt: delivery.attempts,
          body: delivery.body,
        },
        signal,
      );
    } catch (error) {
      outcome = { delivered: false, failure: failureOfError(error) };
    }
    const lastStatus = outcome.status ?? null;
    const recorded = { last_status: lastStatus, last_attempt_at: startedAt };
    if (outcome.delivered) {
      await markDone(this.#db, webhookQueue, delivery.id, this.#now(), recorded);
      this.#log.info({ ...about, status: lastStatus }, 'webhook delivered');
      return;
    }
    const failure = outcome.failure ?? (lastStatus === null ? 'EUNKNOWN' : String(lastStatus));
    const retryAfterMs =
      outcome.retryAfterSeconds === undefined ? undefined : outcome.retryAfterSeconds * 1_000;
    const nextAt = nextAttemptAt(
      this.#retry,
      delivery.attempts,
      this.#now(),
      delivery.created_at,
      retryAfterMs,
    );
    await markFailedAttempt(this.#db, webhookQueue, delivery.id, failure, nextAt, recorded);
    if (nextAt) this.#log.warn({ ...about, failure, nextAt }, 'webhook not delivered, will retry');
    else this.#log.error({ ...about, failure }, 'webhook not delivered, given up');
  }
}
