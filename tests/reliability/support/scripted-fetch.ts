/**
 * @internal An in-process `fetch` stand-in that answers from scripts, so tests can run under fake
 * timers. Each `METHOD /path` (relative to the API base, without the query) answers from its own
 * script, in order; the last answer repeats. It behaves like `fetch` where the SDK can tell:
 * failures are `TypeError`s, and an aborted signal rejects the call (or errors the body being read)
 * with the signal's reason.
 */

export const apiBase = 'https://support.example/api/v1';

export type ScriptedAnswer =
  | {
      /** @default 200 */
      status?: number;
      headers?: Record<string, string>;
      /** A string is sent as is (`text/html` unless `headers` say otherwise); anything else as JSON. */
      body?: unknown;
    }
  /** No connection: `fetch` rejects with a `TypeError`. */
  | { fail: 'network' }
  /** No answer until the signal aborts. */
  | { fail: 'hang' }
  /** The status and headers arrive, the body never ends until the signal aborts. */
  | { fail: 'stall-body' }
  /** An open `text/event-stream`: these chunks, then nothing until the signal aborts. */
  | { stream: string[] };

export interface SentRequest {
  method: string;
  /** The full URL. */
  url: string;
  headers: Record<string, string>;
  body: string;
  /** `Date.now()` when it was sent (the fake clock under fake timers). */
  at: number;
}

export interface ScriptedFetch {
  fetch: typeof globalThis.fetch;
  script(key: string, ...answers: ScriptedAnswer[]): void;
  /** Every request so far, or those to `key` (e.g. `GET /desks`). */
  requests(key?: string): SentRequest[];
  /** Requests still waiting for an answer or for the rest of their body. */
  pending(): number;
}

export function createScriptedFetch(): ScriptedFetch {
  const scripts = new Map<string, ScriptedAnswer[]>();
  const sent: (SentRequest & { key: string })[] = [];
  let pending = 0;

  const waitForAbort = (signal: AbortSignal | undefined, onAbort: (reason: unknown) => void) => {
    pending++;
    const abort = () => {
      pending--;
      onAbort(signal?.reason);
    };
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  };

  /** A body that sends `chunks` and then stays open until the signal aborts. */
  const openBody = (chunks: string[], signal: AbortSignal | undefined) =>
    new ReadableStream<Uint8Array>({
      start: (controller) => {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        waitForAbort(signal, (reason) => controller.error(reason));
      },
    });

  const scriptedFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, { ...init, signal: null });
    const signal = init?.signal ?? undefined;
    const url = new URL(request.url);
    const key = `${request.method} ${url.pathname.replace(new URL(apiBase).pathname, '')}`;
    const headers = Object.fromEntries(request.headers);
    const body = await request.text();
    sent.push({ key, method: request.method, url: request.url, headers, body, at: Date.now() });
    signal?.throwIfAborted();

    const script = scripts.get(key);
    const answer = script && script.length > 1 ? script.shift() : script?.[0];
    if (!answer)
      return Response.json({ error: { code: 'unscripted', message: key } }, { status: 599 });
    if ('stream' in answer) {
      return new Response(openBody(answer.stream, signal), {
        headers: { 'content-type': 'text/event-stream' },
      });
    }
    if ('fail' in answer) {
      if (answer.fail === 'network') throw new TypeError('fetch failed');
      if (answer.fail === 'hang') {
        return new Promise<Response>((_resolve, reject) => {
          waitForAbort(signal, reject);
        });
      }
      return new Response(openBody(['['], signal), {
        headers: { 'content-type': 'application/json' },
      });
    }
    const { body: content } = answer;
    const isText = typeof content === 'string';
    const payload =
      content === undefined
        ? null
        : typeof content === 'string'
          ? content
          : JSON.stringify(content);
    return new Response(payload, {
      status: answer.status ?? 200,
      headers: {
        ...(payload !== null && { 'content-type': isText ? 'text/html' : 'application/json' }),
        ...answer.headers,
      },
    });
  };

  return {
    fetch: scriptedFetch,
    script: (key, ...answers) => scripts.set(key, answers),
    requests: (key) => sent.filter((request) => key === undefined || request.key === key),
    pending: () => pending,
  };
}
