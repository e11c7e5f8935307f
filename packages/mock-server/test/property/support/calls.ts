/**
 * Well-formed calls to any endpoint on a fixture ticket, with the credential that lets the caller
 * in, for a property to spoil.
 */
import { deskKeyFor } from '../../../src/index.js';
import type { Endpoint } from './endpoints.js';
import type { FixtureTicket } from './fixtures.js';
import { bearer, jsonHeaders, type Call } from './world.js';

/** The credential that lets this caller in on this ticket (the owner's key for desks). */
export function credentialFor(e: Endpoint, ticket: FixtureTicket): Record<string, string> {
  if (e.caller === 'learner') return bearer(ticket.token);
  if (e.caller === 'desk')
    return bearer(deskKeyFor(e.name.includes('inbound') ? 'tampere' : ticket.owner));
  return {};
}

/** The path of the endpoint for this ticket (or an article, or none). */
export function pathFor(
  e: Endpoint,
  ticket: FixtureTicket,
  articleId = 'transcript-of-records',
): string {
  const path = e.name.split(' ')[1] ?? '';
  return path.replace('{id}', e.target === 'article' ? articleId : ticket.id);
}

let keys = 0;

/** A new Idempotency-Key. */
export function freshKey(): string {
  keys += 1;
  return `property-key-${keys}`;
}

/** A well-formed call to the endpoint on this ticket, with the given body text (or its valid one). */
export function callFor(e: Endpoint, ticket: FixtureTicket, body?: string | Uint8Array): Call {
  const headers: Record<string, string> = {
    ...credentialFor(e, ticket),
    ...(e.name === 'POST /tickets' ? { 'Idempotency-Key': freshKey() } : {}),
  };
  if (e.method === 'GET') return { method: 'GET', path: pathFor(e, ticket), headers };
  const text = body ?? JSON.stringify(e.validBody?.(ticket) ?? {});
  return { method: 'POST', path: pathFor(e, ticket), headers: jsonHeaders(headers), body: text };
}
