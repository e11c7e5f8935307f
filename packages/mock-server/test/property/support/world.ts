/**
 * The API a property talks to, whichever implements it: the mock in process (`./mock-world.ts`,
 * the default), or the support server on its database (`tests/property-server/`, installed by the
 * root vitest config's server projects through {@link useWorldTarget}). A property sends requests
 * and compares what the world stores before and after; only a few mock-only checks reach into the
 * mock's context.
 */
import type { MockApiOptions } from '../../../src/index.js';
import type { MockTestContext } from '../../support/domain.js';
import { mockTarget } from './mock-world.js';

/** A request as a property builds it. `path` is relative to the API base and may carry a query. */
export interface Call {
  method: string;
  path: string;
  headers?: Readonly<Record<string, string>>;
  /** The raw body; a string is sent as UTF-8. */
  body?: string | Uint8Array;
}

/** A response, read in full (an event stream: only its first frame, then it is cancelled). */
export interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * Thrown by a world that cannot send a call at all: Node.js's HTTP clients refuse a header value
 * with a control character other than tab before anything is sent, so such a call never reaches
 * a server over HTTP (the mock in process gets it as sent). A property skips the case and draws
 * another (`./property.ts`).
 */
export class UnsendableCall extends Error {}

/** A saved state of a world, to go back to. */
export interface Checkpoint {
  /** Puts the world back; `false` (nothing restored) when it cannot, and the caller rebuilds. */
  restore(): Promise<boolean>;
}

/** One instance of the API and what it stores. */
export interface World {
  /** `mock`, or the name of the server target (`server on PGlite`, `server on PostgreSQL`). */
  readonly target: string;
  /** The mock's context; only the mock world has one (checks of its memory are mock-only). */
  readonly ctx?: MockTestContext;
  send(call: Call): Promise<Reply>;
  /**
   * Everything the API stores that a request may change, serialized the same way each time, so
   * that two equal strings mean nothing changed.
   */
  storedState(): Promise<string>;
  /** Saves the state to go back to after a request that changed it. */
  checkpoint(): Promise<Checkpoint>;
}

/** Where worlds come from: the mock in process, or a support server. */
export interface WorldTarget {
  /** As {@link World.target}. */
  readonly name: string;
  /**
   * The share of each property's runs this target takes (1: all). A request to the server costs
   * far more than one answered in memory; the fixed seed makes its runs the first of the mock's.
   */
  readonly runShare: number;
  /**
   * A world with no tickets. The options are the mock's (`MockApiOptions`); a server target
   * honours those the server's `api` option takes.
   */
  createWorld(options: MockApiOptions): Promise<World>;
}

let target: WorldTarget = mockTarget;

/** Makes `next` the target of every world the properties create (a setup file calls it). */
export function useWorldTarget(next: WorldTarget): void {
  target = next;
}

/** The target in use; the mock unless a setup file chose another. */
export function worldTarget(): WorldTarget {
  return target;
}

/**
 * A fresh world: rate limit off, and a heartbeat so frequent that reading an event stream whose
 * first frame is skipped (Last-Event-ID) never waits long (unless told otherwise).
 */
export function createWorld(options: MockApiOptions = {}): Promise<World> {
  return worldTarget().createWorld(options);
}

/** The mock's context of a world, for a mock-only check; throws on any other target. */
export function mockContextOf(world: World): MockTestContext {
  if (!world.ctx) throw new Error(`${world.target} has no mock context: this check is mock-only.`);
  return world.ctx;
}

/** How many tickets the world stores, as `GET /_mock/stats` counts them. */
export async function ticketCount(world: World): Promise<number> {
  const reply = await world.send({ method: 'GET', path: '/_mock/stats' });
  if (reply.status !== 200) throw new Error(`GET /_mock/stats → ${reply.status} ${reply.text}`);
  return (JSON.parse(reply.text) as { tickets: number }).tickets;
}

/** `Content-Type: application/json` plus the given headers. */
export function jsonHeaders(
  headers: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return { 'Content-Type': 'application/json', ...headers };
}

/** `Authorization: Bearer <token>`. */
export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}
