/**
 * `POST /integrations/efecte/{deskId}` (docs/design/realtime.md, §4 "Efecte → Opin"): where an
 * Efecte outbound call tells Opin.fi that a card changed. Outside `/api/v1` (not part of the
 * contract, not on the mock). The call must carry `Authorization: Bearer <inboundSecret>`
 * (compared in constant time; 401 otherwise, and nothing is read); its body, at most 1 KiB, is
 * `{"dataCardId": "…"}` and only a hint: it is answered 202 at once and the connector reads the
 * card itself, so a forged call can cause a read, never a change. Per desk at most `ratePerMinute`
 * calls a minute (429 past it). Neither the body nor the card is logged.
 * @internal
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readCapped } from '../mail/inbound/read-capped.js';
import { sendError, sendJson } from '../http/respond.js';
import type { EfecteConnectors } from './efecte-connectors.js';

/** The path prefix. */
export const EFECTE_INBOUND_PREFIX = '/integrations/efecte/';

/** The largest body read, in bytes. */
export const MAX_INBOUND_BYTES = 1_024;

/** Whether a request is for this endpoint. */
export function isEfecteInboundPath(path: string): boolean {
  return path.startsWith(EFECTE_INBOUND_PREFIX);
}

/** Whether `presented` is `expected`, in time that does not depend on where they differ. */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/** Calls per desk in the current minute. */
class MinuteWindow {
  private minute = 0;
  private readonly counts = new Map<string, number>();

  take(desk: string, limit: number, now = Date.now()): boolean {
    const minute = Math.floor(now / 60_000);
    if (minute !== this.minute) {
      this.minute = minute;
      this.counts.clear();
    }
    const count = (this.counts.get(desk) ?? 0) + 1;
    this.counts.set(desk, count);
    return count <= limit;
  }
}

/** The endpoint's handler over the running connectors. */
export function efecteInboundHandler(
  connectors: () => EfecteConnectors | null,
  options: { ratePerMinute?: number } = {},
) {
  const window = new MinuteWindow();
  const limit = options.ratePerMinute ?? 600;
  return async (request: IncomingMessage, response: ServerResponse, path: string) => {
    const desk = deskOf(path);
    const connector = desk === undefined ? undefined : connectors()?.get(desk);
    if (desk === undefined || !connector) {
      request.resume();
      sendError(response, 404, 'not_found', 'No Efecte desk here.');
      return;
    }
    if (request.method !== 'POST') {
      request.resume();
      response.setHeader('allow', 'POST');
      sendError(response, 405, 'method_not_allowed', 'POST only.');
      return;
    }
    const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
    if (!match?.[1] || !sameSecret(match[1], connector.credentials.inboundSecret)) {
      request.resume();
      sendError(response, 401, 'unauthorized', 'A valid inbound secret is required.');
      return;
    }
    if (!window.take(desk, limit)) {
      request.resume();
      response.setHeader('retry-after', '60');
      sendError(response, 429, 'rate_limited', 'Too many calls for this desk.');
      return;
    }
    const body = await readCapped(request, MAX_INBOUND_BYTES);
    if (!body) {
      sendError(response, 413, 'payload_too_large', 'The body is limited to 1 KiB.');
      return;
    }
    const dataCardId = dataCardIdOf(body);
    if (dataCardId === undefined) {
      sendError(response, 400, 'validation_failed', 'Expected {"dataCardId": "<digits>"}.');
      return;
    }
    connector.inbound.notify(dataCardId);
    sendJson(response, 202, { accepted: true });
  };
}

/** The desk id the path names; `undefined` for a malformed escape. */
function deskOf(path: string): string | undefined {
  try {
    return decodeURIComponent(path.slice(EFECTE_INBOUND_PREFIX.length));
  } catch {
    return undefined;
  }
}

function dataCardIdOf(body: Buffer): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const id: unknown = (parsed as Record<string, unknown>)['dataCardId'];
    const text = typeof id === 'number' ? String(id) : id;
    return typeof text === 'string' && /^\d{1,20}$/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}
