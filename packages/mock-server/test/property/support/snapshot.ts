/**
 * The state of an API, taken twice to prove a refused request changed nothing: what a client can
 * see (`GET /_mock/stats`, the outbox, the ticket's version) and everything it stores
 * (`World.storedState`: the mock's repository and HTTP state, or every table of the server).
 */
import { expect } from 'vitest';
import type { FixtureTicket } from './fixtures.js';
import { bearer, type World } from './world.js';

/** What opens a ticket. */
export type TicketKey = Pick<FixtureTicket, 'id' | 'token'>;

/** What a client of the API sees of the state. */
export interface VisibleState {
  stats: unknown;
  outboxLength: number;
  /** The version of the ticket the request was about, as its learner sees it (`null`: gone). */
  version: number | null;
}

/** Everything the world stores that a request may change, serialized (`World.storedState`). */
export function storedState(world: World): Promise<string> {
  return world.storedState();
}

async function readJson(world: World, path: string, headers: Record<string, string> = {}) {
  const reply = await world.send({ method: 'GET', path, headers });
  expect(reply.status, `GET ${path}: ${reply.text}`).toBe(200);
  return JSON.parse(reply.text) as unknown;
}

/** The state as `GET /_mock/stats`, `GET /_mock/outbox` and the ticket's learner view show it. */
export async function visibleState(world: World, ticket: TicketKey): Promise<VisibleState> {
  const view = await world.send({
    method: 'GET',
    path: `/tickets/${ticket.id}`,
    headers: bearer(ticket.token),
  });
  expect([200, 404], `GET /tickets/${ticket.id}: ${view.text}`).toContain(view.status);
  const outbox = (await readJson(world, '/_mock/outbox')) as unknown[];
  return {
    stats: await readJson(world, '/_mock/stats'),
    outboxLength: outbox.length,
    version: view.status === 200 ? (JSON.parse(view.text) as { version: number }).version : null,
  };
}

/** Both views of the state at one moment, around one ticket. */
export interface StateSnapshot {
  ticket: TicketKey;
  visible: VisibleState;
  stored: string;
}

/** Takes both views of the state; `ticket` is the one the next request is about. */
export async function snapshot(world: World, ticket: TicketKey): Promise<StateSnapshot> {
  const stored = await storedState(world);
  return { ticket, visible: await visibleState(world, ticket), stored };
}

/** Fails unless the state is what it was. */
export async function expectUnchanged(world: World, before: StateSnapshot, why: string) {
  expect(await storedState(world), `the stored state changed after ${why}`).toBe(before.stored);
  expect(await visibleState(world, before.ticket), `the state changed after ${why}`).toEqual(
    before.visible,
  );
}
