/**
 * Counting what the server holds, through its own endpoints: every desk's queue (desk keys) for
 * the ticket ids, and `GET /_mock/stats` for the number stored.
 * @internal
 */
import { readDeskQueue } from './desk-queue-pages.js';

/** The tickets a server holds at one moment. */
export interface TicketCensus {
  /** `tickets` of `GET /_mock/stats`. */
  stored: number;
  /**
   * The id of every ticket in a desk queue, listed under its owning desk, so a ticket stored
   * twice appears twice. (Queues leave out closed tickets; none close during a benchmark.)
   */
  ids: string[];
}

/** Lists every desk's queue with that desk's key and reads the server's ticket count. */
export async function takeCensus(
  apiBase: string,
  deskKeys: Readonly<Record<string, string>>,
): Promise<TicketCensus> {
  const ids: string[] = [];
  for (const [desk, key] of Object.entries(deskKeys)) {
    for (const ticket of await readDeskQueue(apiBase, key)) {
      if (ticket.owner === desk) ids.push(ticket.id);
    }
  }
  const stored = field(await getJson(`${apiBase}/_mock/stats`), 'tickets');
  if (typeof stored !== 'number') throw new Error('GET /_mock/stats has no ticket count.');
  return { stored, ids };
}

/**
 * Checks that every acknowledged creation (Idempotency-Key → ticket id) is exactly one new ticket
 * and that nothing else was stored; returns the proof line, or throws naming what failed.
 */
export function proveExactlyOnce(
  before: TicketCensus,
  after: TicketCensus,
  acknowledged: ReadonlyMap<string, string>,
): string {
  const failures: string[] = [];
  const acknowledgedIds = new Set(acknowledged.values());
  if (acknowledgedIds.size !== acknowledged.size) {
    failures.push(`${acknowledged.size} keys were acknowledged with ${acknowledgedIds.size} ids`);
  }
  const occurrences = new Map<string, number>();
  for (const id of after.ids) occurrences.set(id, (occurrences.get(id) ?? 0) + 1);
  const listedBefore = new Set(before.ids);
  const notOnce = [...acknowledgedIds].filter(
    (id) => occurrences.get(id) !== 1 || listedBefore.has(id),
  );
  if (notOnce.length > 0) {
    failures.push(
      `${notOnce.length} acknowledged ids are not new exactly once, e.g. ${notOnce[0]}`,
    );
  }
  const newStored = after.stored - before.stored;
  const newListed = after.ids.length - before.ids.length;
  if (newStored !== acknowledged.size || newListed !== acknowledged.size) {
    failures.push(
      `${acknowledged.size} acknowledged but ${newStored} new tickets stored, ${newListed} listed`,
    );
  }
  if (failures.length > 0) throw new Error(`Exactly-once proof failed: ${failures.join('; ')}.`);
  const count = (n: number) => n.toLocaleString('en-US');
  return `${count(acknowledged.size)} acknowledged, ${count(newStored)} new tickets, every id exactly once.`;
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}.`);
  return response.json();
}

function field(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null || !(name in value)) return undefined;
  return (value as Record<string, unknown>)[name];
}
