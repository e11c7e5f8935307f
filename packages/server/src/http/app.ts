/**
 * The request handler: the health endpoints, the Efecte connectors' endpoint
 * (`/integrations/efecte/{deskId}`), and every other path to the contract's handlers
 * (`./api-host.ts`) once the database is ready (503 with `Retry-After` before). Each request is
 * logged with its method, path (never the query, which may carry a token), status and duration;
 * bodies are never logged.
 * @internal
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NodeListener } from '@opin/support-http/node';
import type { Logger } from '../log/logger.js';
import { reportRequestError } from '../log/report-error.js';
import { isEfecteInboundPath } from '../efecte/inbound-endpoint.js';
import { checkReadiness, type Readiness } from './health.js';
import { sendError, sendJson } from './respond.js';

/** What the handler serves: readiness, and the API once the database is ready. */
export interface Serving extends Readiness {
  /** The contract's listener, or `null` while the database is not ready. */
  api(): NodeListener | null;
  /**
   * The Efecte connectors' endpoint (`POST /integrations/efecte/{deskId}`), or `null` while the
   * database is not ready or no desk is connected to Efecte.
   */
  efecteInbound?(): EfecteInbound | null;
}

/** A handler of `/integrations/efecte/…` (`../efecte/inbound-endpoint.ts`). */
export type EfecteInbound = (
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
) => Promise<void>;

/** Paths logged at debug level: probes come every few seconds. */
const probePaths = new Set(['/healthz', '/readyz']);

/** A handler for `node:http` that answers with `readiness` and logs to `log`. */
export function createRequestHandler(serving: Serving, log: Logger) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const started = performance.now();
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    response.on('finish', () => {
      const entry = {
        method: request.method,
        path,
        status: response.statusCode,
        ms: Math.round(performance.now() - started),
      };
      if (probePaths.has(path)) log.debug(entry, 'request');
      else log.info(entry, 'request');
    });
    const efecte = isEfecteInboundPath(path) ? serving.efecteInbound?.() : null;
    if (efecte) {
      void efecte(request, response, path).catch((error: unknown) => {
        reportRequestError(log, error);
        if (!response.headersSent)
          sendError(response, 500, 'internal_error', 'Something went wrong.');
        else response.destroy();
      });
      return;
    }
    const method = request.method ?? 'GET';
    const read = method === 'GET' || method === 'HEAD';
    if (!(read && probePaths.has(path))) {
      const api = serving.api();
      if (api) api(request, response);
      else {
        request.resume();
        response.setHeader('retry-after', '5');
        sendError(response, 503, 'internal_error', 'The service is starting; retry shortly.');
      }
      return;
    }
    void probe(path, serving, response).catch((error: unknown) => {
      reportRequestError(log, error);
      if (!response.headersSent)
        sendError(response, 500, 'internal_error', 'Something went wrong.');
      else response.destroy();
    });
  };
}

async function probe(path: string, readiness: Readiness, response: ServerResponse): Promise<void> {
  if (path === '/healthz') {
    sendJson(response, 200, { status: 'ok' });
    return;
  }
  const result = await checkReadiness(readiness);
  if (result.ready) sendJson(response, 200, { status: 'ready' });
  else sendJson(response, 503, { status: 'not_ready', reason: result.reason });
}
