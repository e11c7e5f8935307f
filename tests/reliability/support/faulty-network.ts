/**
 * @internal A fault-injecting `fetch` in front of a real server: it follows a fault schedule (see
 * fault-schedule.ts) and counts what happened, so a test can show that faults really occurred.
 * A request that reaches the server is always handled to the end there, whatever happens to its
 * answer, like a request whose connection drops after it was sent.
 */
import type { Fault, FaultSchedule } from './fault-schedule.js';

/** What the network did during a run. */
export interface NetworkFigures {
  /** Requests the callers made (attempts, retries included). */
  requests: number;
  /** Requests that reached the server. */
  reachedServer: number;
  /** Answers the server sent that were dropped on the way back. */
  droppedResponses: number;
  /** Answers the server sent that arrived only after the caller gave up. */
  lateResponses: number;
  /** Answers lost because the caller gave up on its own (a timeout without a scheduled fault). */
  abandonedResponses: number;
  /** 503s a gateway sent before the request reached the server. */
  unavailable: number;
  /** Requests that failed before leaving (no connection). */
  noConnection: number;
  /** 201s the server sent as replays (`Idempotent-Replayed: true`), delivered or not. */
  replaysServed: number;
}

export interface FaultyNetwork {
  /** The `fetch` to give the clients. */
  fetch: typeof globalThis.fetch;
  /** What happened so far. */
  figures(): NetworkFigures;
  /** Keys whose first 201 (the one that filed the ticket) never reached the caller. */
  keysWhoseFilingAnswerWasLost(): Set<string>;
  /** Waits until every request that reached the server has been answered there. */
  settled(): Promise<void>;
}

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

const bodylessStatuses = new Set([101, 204, 205, 304]);

export function createFaultyNetwork(options: {
  schedule: FaultSchedule;
  /** The real network, used for requests that reach the server. @default globalThis.fetch */
  upstream?: typeof globalThis.fetch;
}): FaultyNetwork {
  const upstream = options.upstream ?? globalThis.fetch;
  const attempts = new Map<string, number>();
  const inFlight = new Set<Promise<unknown>>();
  const filed = new Set<string>();
  const filingAnswerDelivered = new Set<string>();
  const figures: NetworkFigures = {
    requests: 0,
    reachedServer: 0,
    droppedResponses: 0,
    lateResponses: 0,
    abandonedResponses: 0,
    unavailable: 0,
    noConnection: 0,
    replaysServed: 0,
  };

  const forward = async (request: Request, key: string): Promise<Answer> => {
    const body = request.method === 'GET' ? undefined : await request.text();
    const response = await upstream(request.url, {
      method: request.method,
      headers: request.headers,
      body,
    });
    const answer = {
      status: response.status,
      headers: response.headers,
      body: await response.text(),
    };
    if (answer.status === 201) {
      if (answer.headers.get('idempotent-replayed') === 'true') figures.replaysServed++;
      else filed.add(key);
    }
    return answer;
  };

  const faultyFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const signal = init?.signal ?? request.signal;
    const key = request.headers.get('idempotency-key') ?? `${request.method} ${request.url}`;
    const attempt = attempts.get(key) ?? 0;
    attempts.set(key, attempt + 1);
    const fault: Fault = options.schedule(key, attempt);
    figures.requests++;
    signal.throwIfAborted();

    if (fault === 'no-connection') {
      figures.noConnection++;
      throw new TypeError('fetch failed');
    }
    if (fault === 'unavailable') {
      figures.unavailable++;
      const body = { error: { code: 'unavailable', message: 'Gateway: try again.' } };
      return Response.json(body, { status: 503 });
    }

    figures.reachedServer++;
    const exchange = forward(request, key);
    inFlight.add(exchange);
    void exchange.catch(() => undefined).finally(() => inFlight.delete(exchange));

    let answer: Answer;
    try {
      answer = await untilAborted(exchange, signal);
    } catch (error) {
      if (signal.aborted) figures.abandonedResponses++;
      throw error;
    }
    if (fault === 'drop-response') {
      figures.droppedResponses++;
      throw new TypeError('fetch failed');
    }
    if (fault === 'late-response') {
      figures.lateResponses++;
      return untilAborted(new Promise<never>(() => undefined), signal);
    }
    if (answer.status === 201 && answer.headers.get('idempotent-replayed') !== 'true') {
      filingAnswerDelivered.add(key);
    }
    const body = bodylessStatuses.has(answer.status) ? null : answer.body;
    return new Response(body, { status: answer.status, headers: answer.headers });
  };

  return {
    fetch: faultyFetch,
    figures: () => ({ ...figures }),
    keysWhoseFilingAnswerWasLost: () =>
      new Set([...filed].filter((key) => !filingAnswerDelivered.has(key))),
    settled: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

/** `promise`, unless `signal` aborts first: then rejects with its reason, as `fetch` does. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  const settled = new AbortController(); // removes the listener once the race is decided
  const aborted = new Promise<never>((_resolve, reject) => {
    const fail = () => reject(signal.reason as Error);
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true, signal: settled.signal });
  });
  return Promise.race([promise, aborted]).finally(() => settled.abort());
}
