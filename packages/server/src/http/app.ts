/**
 * The request handler. Today it serves the health endpoints only; every other path is a JSON 404.
 * Each request is logged with its method, path (never the query, which may carry a token),
 * status and duration; bodies are never read nor logged.
 * @internal
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../log/logger.js';
import { checkReadiness, type Readiness } from './health.js';
import { sendError, sendJson } from './respond.js';

/** Paths logged at debug level: probes come every few seconds. */
const probePaths = new Set(['/healthz', '/readyz']);

/** A handler for `node:http` that answers with `readiness` and logs to `log`. */
export function createRequestHandler(readiness: Readiness, log: Logger) {
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
    void route(request.method ?? 'GET', path, readiness, response).catch((error: unknown) => {
      log.error(
        { err: { message: error instanceof Error ? error.message : String(error) } },
        'request failed',
      );
      if (!response.headersSent)
        sendError(response, 500, 'internal_error', 'Something went wrong.');
      else response.destroy();
    });
  };
}

async function route(
  method: string,
  path: string,
  readiness: Readiness,
  response: ServerResponse,
): Promise<void> {
  const read = method === 'GET' || method === 'HEAD';
  if (path === '/healthz' && read) {
    sendJson(response, 200, { status: 'ok' });
    return;
  }
  if (path === '/readyz' && read) {
    const result = await checkReadiness(readiness);
    if (result.ready) sendJson(response, 200, { status: 'ready' });
    else sendJson(response, 503, { status: 'not_ready', reason: result.reason });
    return;
  }
  sendError(response, 404, 'not_found', 'There is nothing at this address.');
}
