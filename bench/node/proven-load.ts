/**
 * One load of ticket creations with its proof: autocannon loads the server (`ticket-load.ts`), the
 * requests left unanswered are resent with their key (`resend.ts`), and a census before and after
 * (`ticket-census.ts`) proves that every acknowledged creation is exactly one new ticket.
 * @internal
 */
import { resendUntilAcknowledged } from './resend.js';
import { proveExactlyOnce, takeCensus } from './ticket-census.js';
import { runTicketLoad, type TicketLoad } from './ticket-load.js';
import { benchTicketRequest } from './ticket-request.js';

/** A server that serves the contract with the demo's desk keys and `/_mock/stats`. */
export interface LoadTarget {
  apiBase: string;
  deskKeys: Readonly<Record<string, string>>;
}

/** What one proven load did. */
export interface ProvenLoad {
  load: TicketLoad;
  /** How many resent keys were answered with a replay of a ticket filed during the load. */
  replayed: number;
  /** The exactly-once proof line. */
  proof: string;
}

/** Loads `target` with `POST /tickets` over `connections` for `seconds`; throws if the proof fails. */
export async function runProvenLoad(
  target: LoadTarget,
  connections: number,
  seconds: number,
): Promise<ProvenLoad> {
  const ticket = benchTicketRequest;
  const before = await takeCensus(target.apiBase, target.deskKeys);
  const load = await runTicketLoad({ apiBase: target.apiBase, connections, seconds, ticket });
  const resent = await resendUntilAcknowledged(target.apiBase, load.unanswered, ticket);
  const acknowledged = new Map([...load.acknowledged, ...resent.acknowledged]);
  const after = await takeCensus(target.apiBase, target.deskKeys);
  return { load, replayed: resent.replayed, proof: proveExactlyOnce(before, after, acknowledged) };
}
