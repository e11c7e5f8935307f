/**
 * The console's client of `pnpm demo`'s webhook receiver (examples/serve/webhook-receiver): the
 * pushes the support server posted to it that verified, newest first. That is the receiver's
 * own log, read by polling; the API's events reach the console through the desk event stream.
 * @internal
 */
import type { DeskEventType } from '@opin/support-sdk/schemas';

/** A verified push, as the receiver lists it (the event's thin fields the console shows). */
export interface ReceivedPush {
  /** When the receiver took it (ISO 8601). */
  receivedAt: string;
  /** `Opin-Delivery-Attempt`, if the server sent one. */
  attempt?: number;
  event: {
    id: string;
    seq: number;
    type: DeskEventType;
    desk: string;
    ticketId: string;
    version: number;
  };
}

/** The receiver's API. */
export interface WebhookReceiverClient {
  /** e.g. `http://127.0.0.1:4012`. */
  readonly base: string;
  /** The verified pushes, newest first. */
  pushes(signal?: AbortSignal): Promise<ReceivedPush[]>;
}

/** A failure to read the receiver. */
export class WebhookReceiverError extends Error {
  override readonly name = 'WebhookReceiverError';
}

/** A client of the receiver at `base`. */
export function createWebhookReceiverClient(
  base: string,
  timeoutMs = 10_000,
): WebhookReceiverClient {
  return {
    base,
    async pushes(signal) {
      let response: Response;
      try {
        const timeout = AbortSignal.timeout(timeoutMs);
        response = await fetch(`${base}/webhooks`, {
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
      } catch {
        throw new WebhookReceiverError(`The webhook receiver at ${base} could not be reached.`);
      }
      if (!response.ok) {
        throw new WebhookReceiverError(`The webhook receiver answered ${response.status}.`);
      }
      const body = (await response.json().catch(() => undefined)) as
        { webhooks?: unknown } | undefined;
      if (!Array.isArray(body?.webhooks)) throw new WebhookReceiverError('Not a list of pushes.');
      return body.webhooks.filter(isPush);
    },
  };
}

/** True for an entry with the fields the console shows (others are skipped). */
function isPush(value: unknown): value is ReceivedPush {
  const push = value as Partial<ReceivedPush> | null;
  const event = push?.event;
  return (
    typeof push?.receivedAt === 'string' &&
    typeof event?.id === 'string' &&
    typeof event.seq === 'number' &&
    typeof event.type === 'string' &&
    typeof event.desk === 'string' &&
    typeof event.ticketId === 'string'
  );
}
