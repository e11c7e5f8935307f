/**
 * A real mock server per test, and small fetch helpers.
 */
import type { CreateTicketResponse, DeskTicket, Ticket } from '@opin/support-sdk/schemas';
import { afterEach, beforeEach } from 'vitest';
import {
  startMockServer,
  type MockServerOptions,
  type RunningMockServer,
} from '../../src/node/index.js';

/** The server of the running test. */
export interface ServerHandle {
  server: RunningMockServer;
  base: string;
}

/** Starts a fresh server before each test and closes it after. */
export function useMockServer(options: MockServerOptions = {}): ServerHandle {
  const handle = {} as ServerHandle;
  beforeEach(async () => {
    handle.server = await startMockServer({ port: 0, ...options });
    handle.base = handle.server.apiBase;
  });
  afterEach(async () => {
    await handle.server.close();
  });
  return handle;
}

/** A learner's ticket body. */
export function ticketBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    topicId: 'sign-in',
    origin: 'opin',
    language: 'fi',
    subject: 'En pääse kirjautumaan',
    description: 'Kirjautuminen päättyy virheeseen.',
    contact: { email: 'maija@example.fi', name: 'Maija' },
    ...overrides,
  };
}

let keyCounter = 0;

/** A fresh Idempotency-Key. */
export function newKey(): string {
  keyCounter += 1;
  return `test-key-${Date.now()}-${keyCounter}`;
}

/** POSTs JSON (or a raw string) and returns the response. */
export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Files a ticket and returns the 201 body. */
export async function fileTicket(
  base: string,
  overrides: Record<string, unknown> = {},
): Promise<CreateTicketResponse> {
  const response = await postJson(`${base}/tickets`, ticketBody(overrides), {
    'Idempotency-Key': newKey(),
  });
  if (response.status !== 201)
    throw new Error(`Filing failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreateTicketResponse;
}

/** `Authorization` header for a learner token or a desk key. */
export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

/** The learner view of a ticket. */
export async function getTicket(base: string, id: string, token: string): Promise<Ticket> {
  const response = await fetch(`${base}/tickets/${id}`, { headers: bearer(token) });
  return (await response.json()) as Ticket;
}

/** A desk action; returns the response. */
export function deskPost(
  base: string,
  desk: string,
  path: string,
  body: unknown = {},
): Promise<Response> {
  return postJson(`${base}/desk${path}`, body, bearer(`dev-${desk}`));
}

/** A desk action that must succeed; returns the desk view. */
export async function deskDo(
  base: string,
  desk: string,
  path: string,
  body: unknown = {},
): Promise<DeskTicket> {
  const response = await deskPost(base, desk, path, body);
  if (response.status !== 200)
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as DeskTicket;
}

/** The error body of a response. */
export async function errorOf(
  response: Response,
): Promise<{ code: string; message: string; details?: unknown[] }> {
  const body = (await response.json()) as {
    error: { code: string; message: string; details?: unknown[] };
  };
  return body.error;
}
