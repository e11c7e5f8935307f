/**
 * One webhook request: `POST` the body to the receiver with node:http(s), through the address
 * guard's `lookup` (`./webhook-address-guard.ts`), on a connection of its own (no agent, so no
 * pooled socket skips the guard). A 2xx is delivered; any other status, a redirect (never
 * followed), a refused address, a timeout, a reset or a refused connection is a failed attempt.
 * At most 4 KiB of the receiver's answer is read, then dropped: its body is never kept or logged.
 * `failure` holds a status or an error code only, never a message (which may name the URL).
 * It never rejects.
 * @internal
 */
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { retryAfterSeconds } from './retry-after-seconds.js';

/** What to post. */
export interface WebhookPost {
  /** The receiver (`https:`, or `http:` where the config allows it). */
  readonly url: string | URL;
  /** The body exactly as signed. */
  readonly body: string | Uint8Array;
  /** The request's headers (`./webhook-request.ts`); `Content-Length` is added here. */
  readonly headers: Readonly<Record<string, string>>;
}

/** How to post it. */
export interface PostWebhookOptions {
  /** The address guard (`webhookAddressGuard`): every connection resolves through it. */
  readonly lookup: LookupFunction;
  /** Ends the attempt early (failure `ABORTED`), e.g. when the server stops. */
  readonly signal?: AbortSignal;
  /** The most the connection may take to open (default 5 s; failure `CONNECT_TIMEOUT`). */
  readonly connectTimeoutMs?: number;
  /** The most the whole attempt may take (default 10 s; failure `TIMEOUT`). */
  readonly totalTimeoutMs?: number;
}

/** How the attempt went. */
export interface WebhookPostResult {
  /** The receiver answered 2xx. */
  readonly delivered: boolean;
  /** The receiver's status, when it answered. */
  readonly status?: number;
  /** The receiver's `Retry-After`, in seconds, at most 3600, when it failed and asked for one. */
  readonly retryAfterSeconds?: number;
  /** Why it failed: `HTTP_<status>` or an error code (`ECONNREFUSED`, `TIMEOUT`, …); no text. */
  readonly failure?: string;
}

/** The most of a receiver's answer that is read (and dropped). */
export const maxResponseBytes = 4096;

function codeOf(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code) ? code : 'ERROR';
}

function codeError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

function resultOf(response: IncomingMessage): WebhookPostResult {
  const status = response.statusCode ?? 0;
  if (status >= 200 && status < 300) return { delivered: true, status };
  const retryAfter = retryAfterSeconds(response.headers['retry-after']);
  return {
    delivered: false,
    status,
    ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }),
    failure: `HTTP_${status}`,
  };
}

/** A refusal of `url` before any connection, or `undefined` when it may be tried. */
function urlRefusal(url: URL): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'UNSUPPORTED_PROTOCOL';
  if (url.username !== '' || url.password !== '') return 'URL_HAS_CREDENTIALS';
  return undefined;
}

/** Asks the guard about an IP literal, which node:net would connect to without `lookup`. */
function literalRefusal(lookup: LookupFunction, host: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    lookup(host, { all: true }, (error) => resolve(error ? codeOf(error) : undefined));
  });
}

/** Posts `post` once; see the file's comment. */
export async function postWebhook(
  post: WebhookPost,
  options: PostWebhookOptions,
): Promise<WebhookPostResult> {
  let url: URL;
  try {
    url = new URL(post.url);
  } catch {
    return { delivered: false, failure: 'INVALID_URL' };
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const refusal =
    urlRefusal(url) ?? (isIP(host) ? await literalRefusal(options.lookup, host) : undefined);
  if (refusal) return { delivered: false, failure: refusal };
  if (options.signal?.aborted) return { delivered: false, failure: 'ABORTED' };
  return send(url, host, post, options);
}

function send(
  url: URL,
  host: string,
  post: WebhookPost,
  options: PostWebhookOptions,
): Promise<WebhookPostResult> {
  const body = typeof post.body === 'string' ? Buffer.from(post.body, 'utf8') : post.body;
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  let req: ClientRequest;
  try {
    req = request({
      protocol: url.protocol,
      hostname: host,
      port: url.port === '' ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: 'POST',
      headers: { ...post.headers, 'Content-Length': String(body.byteLength) },
      lookup: options.lookup,
      agent: false,
    });
  } catch (error) {
    // A header Node.js refuses to send (a line break in a value, say) fails synchronously.
    return Promise.resolve({ delivered: false, failure: codeOf(error) });
  }
  return new Promise((resolve) => {
    let settled = false;
    let connectTimer: NodeJS.Timeout | undefined;
    let answered: WebhookPostResult | undefined;
    const fail = (code: string) => req.destroy(codeError(code));
    const onAbort = () => fail('ABORTED');
    const totalTimer = setTimeout(() => fail('TIMEOUT'), options.totalTimeoutMs ?? 10_000);
    const finish = (result: WebhookPostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(totalTimer);
      clearTimeout(connectTimer);
      options.signal?.removeEventListener('abort', onAbort);
      req.destroy();
      resolve(result);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });

    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(() => fail('CONNECT_TIMEOUT'), options.connectTimeoutMs ?? 5_000);
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('response', (response) => {
      const result = resultOf(response);
      answered = result;
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read >= maxResponseBytes) finish(result);
      });
      // The status is known: whatever happens to the rest of the answer, it stands.
      response.on('end', () => finish(result));
      response.on('error', () => finish(result));
      response.on('close', () => finish(result));
    });
    req.on('error', (error) => finish(answered ?? { delivered: false, failure: codeOf(error) }));
    req.end(body);
  });
}
