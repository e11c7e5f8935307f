/**
 * What a careful caller does after losing a response: send the same ticket again with the same
 * Idempotency-Key until it is acknowledged (docs/design/api.md: a repeat replays the first 201).
 * @internal
 */
import type { CreateTicketRequest } from '@opin/support-sdk';
import { createdTicketId } from './ticket-request.js';

/** The acknowledgements of resent keys. */
export interface Resent {
  /** Idempotency-Key → ticket id. */
  acknowledged: Map<string, string>;
  /** How many answers were replays of a ticket filed during the load (`Idempotent-Replayed`). */
  replayed: number;
}

const attemptsPerKey = 20;
const waitWhileInFlightMs = 50;

/** Resends each key with the same body; throws when one is not acknowledged with a 201. */
export async function resendUntilAcknowledged(
  apiBase: string,
  keys: Iterable<string>,
  ticket: CreateTicketRequest,
): Promise<Resent> {
  const acknowledged = new Map<string, string>();
  let replayed = 0;
  await Promise.all(
    [...keys].map(async (key) => {
      const answer = await resend(apiBase, key, JSON.stringify(ticket));
      acknowledged.set(key, answer.id);
      if (answer.replayed) replayed += 1;
    }),
  );
  return { acknowledged, replayed };
}

async function resend(
  apiBase: string,
  key: string,
  body: string,
): Promise<{ id: string; replayed: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${apiBase}/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body,
    });
    const text = await response.text();
    // 409: the first attempt is still being processed; wait for it as the SDK would.
    if (response.status === 409 && attempt < attemptsPerKey) {
      await new Promise((resolve) => setTimeout(resolve, waitWhileInFlightMs));
      continue;
    }
    const id = response.status === 201 ? createdTicketId(text) : undefined;
    if (id === undefined) {
      throw new Error(
        `Resending key ${key} was answered ${response.status}: ${text.slice(0, 200)}`,
      );
    }
    return { id, replayed: response.headers.get('idempotent-replayed') === 'true' };
  }
}
