/**
 * The API on node:http: a `request` listener that turns each request into a WHATWG Request, runs
 * it through the msw handlers (`getResponse`) and streams the answer back. Both hosts use it: the
 * mock's server (`@opin/support-mock-server/node`) and the support server. It never fails on
 * input: a URL too long, a dot segment, a body too large, a request that cannot be read and a
 * failure of a handler each get their JSON error.
 * @internal
 */
import './polyfill.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';
import { MAX_BODY_BYTES } from '../http/body.js';
import { withoutCors } from '../http/cors.js';
import { errorResponse, internalErrorResponse, responseForError } from '../http/errors.js';
import { MAX_URL_LENGTH, uriTooLong } from '../http/request-target.js';
import { readIncomingBody, toFetchRequest, TOO_LARGE, writeFetchResponse } from './adapter.js';

/** What the listener needs besides the handlers. */
export interface NodeListenerOptions {
  /** The server's origin (`http://host:port`), known once it listens. */
  origin: () => string;
  /** Where an unexpected failure goes (never with the request, its headers or its body). */
  reportError: (error: unknown) => void;
  /**
   * The path of the control endpoints (`<basePath>/_mock`), when they are served: the listener's
   * own answers under it (a body too large, a URL too long, a request that cannot be read) carry
   * no CORS headers, as the control endpoints' answers do not.
   */
  controlPath?: string;
}

/** The listener, and a way to end the responses still streaming. */
export interface NodeListener {
  /** The `request` listener for `http.createServer`. */
  (req: IncomingMessage, res: ServerResponse): void;
  /** Ends every response still streaming (event streams), e.g. before the server closes. */
  endStreams(): void;
}

/** A node:http listener that answers with `handlers`. */
export function createNodeListener(
  handlers: RequestHandler[],
  options: NodeListenerOptions,
): NodeListener {
  const streams = new Set<() => void>();

  /** The listener's own answer, without CORS under the control path. */
  function answer(req: IncomingMessage, response: Response): Response {
    const { controlPath } = options;
    const path = rawPath(req.url ?? '');
    const control =
      controlPath !== undefined && (path === controlPath || path.startsWith(`${controlPath}/`));
    return control ? withoutCors(response) : response;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    const origin = options.origin();
    if (origin.length + (req.url?.length ?? 0) > MAX_URL_LENGTH) {
      res.setHeader('Connection', 'close');
      req.resume();
      await send(res, answer(req, responseForError(uriTooLong(), options.reportError)));
      return;
    }
    if (hasDotSegment(req.url ?? '')) {
      // `/x/%2e%2e/api/v1/…` would be normalised into the API; the raw path must start with it.
      req.resume();
      await send(res, notFoundFor(req.method ?? 'GET', rawPath(req.url ?? '')));
      return;
    }
    const body = await readIncomingBody(req);
    if (body === TOO_LARGE) {
      res.setHeader('Connection', 'close');
      req.resume();
      const message = `The body is larger than ${MAX_BODY_BYTES} bytes.`;
      await send(res, answer(req, errorResponse(413, 'payload_too_large', message)));
      return;
    }
    const aborter = new AbortController();
    res.on('close', () => aborter.abort());
    let request: Request;
    try {
      request = toFetchRequest(req, origin, body, aborter.signal);
    } catch {
      const unreadable = errorResponse(400, 'validation_failed', 'The request could not be read.');
      await send(res, answer(req, unreadable));
      return;
    }
    const response =
      (await getResponse(handlers, request, { baseUrl: origin, quiet: true })) ??
      notFoundFor(request.method, new URL(request.url).pathname);
    await send(res, response);
  }

  function send(res: ServerResponse, response: Response): Promise<void> {
    return writeFetchResponse(res, response, (cancel) => {
      streams.add(cancel);
      return () => streams.delete(cancel);
    });
  }

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      // A client that went away (or was cut for being too slow) gets no answer.
      if (req.socket.destroyed || !req.socket.writable) return;
      options.reportError(error);
      if (!res.headersSent) void send(res, internalErrorResponse());
      else res.destroy();
    });
  };
  return Object.assign(listener, {
    endStreams() {
      for (const cancel of [...streams]) cancel();
    },
  });
}

/** Whether a raw request target has a `.` or `..` path segment, plain or percent-encoded. */
function hasDotSegment(target: string): boolean {
  return rawPath(target)
    .split(/[/\\]/)
    .some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment));
}

/** The path of a raw request target (without its query). */
function rawPath(target: string): string {
  return target.split(/[?#]/, 1)[0] ?? '';
}

function notFoundFor(method: string, path: string): Response {
  return errorResponse(404, 'not_found', `No endpoint ${method} ${path}.`);
}
