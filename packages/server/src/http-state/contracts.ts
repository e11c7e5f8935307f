/**
 * What the HTTP layer (`@opin/support-http`) asks of its host's storage: the Idempotency-Keys of
 * `POST /tickets`, and the demo's control endpoints `/_mock/*`. The server implements them in this
 * folder (`./sql-idempotency-store.ts`, `./sql-api-control.ts`).
 *
 * mirrors @opin/support-http; replaced by its import at merge.
 * @internal
 */
import type { Page, PageRequest } from '@opin/support-domain';
import type { MockStats, OutboxEmail } from '@opin/support-sdk/schemas';

/** A remembered POST /tickets attempt. `fingerprint` is the canonical JSON of the validated body. */
export type IdempotencyRecord =
  | { state: 'in_flight'; fingerprint: string }
  | { state: 'done'; fingerprint: string; status: number; body: string };

/** The Idempotency-Keys of `POST /tickets`, per client. */
export interface IdempotencyStore {
  /**
   * Claims `client`'s `key` for a new attempt with `fingerprint`, unless an unexpired record holds
   * it: then resolves to that record and claims nothing. A record used first at or before
   * `now - ttlMs` is expired (forgotten). `now` is server-clock ms. Must be atomic across
   * connections and instances (two concurrent claims: exactly one gets undefined).
   */
  claim(
    client: string,
    key: string,
    fingerprint: string,
    now: number,
    ttlMs: number,
  ): Promise<IdempotencyRecord | undefined>;
  /** Keeps the claimed attempt's response (status and JSON body text) for replays. */
  complete(client: string, key: string, response: { status: number; body: string }): Promise<void>;
  /** Forgets a claimed attempt that failed, so the key can be used again. */
  release(client: string, key: string): Promise<void>;
  /** Forgets every key (the demo's reset). */
  clear(): Promise<void>;
}

/** The demo's control endpoints `/_mock/*` over the host's storage (only with --demo). */
export interface ApiControl {
  /**
   * Back to the seed: no tickets, timeline, hand-offs, outbox, inbound e-mails, feedback,
   * confirmation-mail counts, timers, idempotency keys; id sequences/references start again as on a
   * fresh database; every open follower (event stream) of the repository ends. Desk keys and
   * migrations stay.
   */
  reset(): Promise<void>;
  /**
   * A page of the outbox, oldest first, as the domain's outbox e-mails, filtered by recipient
   * (case-insensitive, exact) and ticket id; paged exactly like the domain's `pageOf` (the cursor
   * is the last e-mail id of the previous page).
   */
  outbox(filter: { to?: string; ticketId?: string }, page: PageRequest): Promise<Page<OutboxEmail>>;
  /** How many tickets are stored, per owning desk, every desk of `deskIds` listed (zeros too). */
  stats(deskIds: readonly string[]): Promise<MockStats>;
}
