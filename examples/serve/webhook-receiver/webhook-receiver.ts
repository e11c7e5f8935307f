/**
 * The demo's webhook receiver: the endpoint the demo config's one webhook posts to. It checks each
 * push with the SDK's `verifyWebhookSignature` under a secret made at start (never written to a
 * log), keeps the last verified pushes in memory, each event id once (`./received-pushes.ts`), and
 * lists them for the desk console (`./receiver-http.ts`). `pnpm demo` starts it before the server
 * (for which {@link RunningWebhookReceiver.hookUrl} and the secret are meant), then tells it the
 * examples' origin.
 * @internal
 */
import { randomBytes } from 'node:crypto';
import { verifyWebhookSignature } from '@opin/support-sdk/webhooks';
import { ReceivedPushes } from './received-pushes.js';
import { hookPath, startReceiverHttp } from './receiver-http.js';

/** Where the receiver listens and what it checks with. */
export interface WebhookReceiverOptions {
  /** The interface (the desk console reads it from the browser). */
  host: string;
  /** `0` = any free port. */
  port: number;
  /** The shared secret; by default 32 random bytes, made now. */
  secret?: string;
  /** How many pushes are kept (default 50). */
  keep?: number;
  /** The receiver's clock (tests). */
  now?: () => Date;
}

/** The receiver, running. */
export interface RunningWebhookReceiver {
  /** Where the server posts, e.g. `http://127.0.0.1:4012/hooks`. */
  readonly hookUrl: string;
  /** The API the console reads (`GET /webhooks`), e.g. `http://127.0.0.1:4012`. */
  readonly apiUrl: string;
  /** The secret the pushes must be signed with. */
  readonly secret: string;
  /** The one browser origin allowed to read the API (the examples'). */
  allowOrigin(origin: string): void;
  close(): Promise<void>;
}

/** Starts the receiver. */
export async function startWebhookReceiver(
  options: WebhookReceiverOptions,
): Promise<RunningWebhookReceiver> {
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  const now = options.now ?? (() => new Date());
  const http = await startReceiverHttp({
    host: options.host,
    port: options.port,
    pushes: new ReceivedPushes(options.keep ?? 50),
    verify: (rawBody, signature) =>
      verifyWebhookSignature(secret, rawBody, signature, { now: now() }),
    now,
  });
  return {
    hookUrl: `${http.url}${hookPath}`,
    apiUrl: http.url,
    secret,
    allowOrigin: (origin) => http.allowOrigin(origin),
    close: () => http.close(),
  };
}
