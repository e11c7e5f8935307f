/**
 * The ready payload of the examples server (`pnpm demo`, `pnpm dev`; examples/serve): where the
 * examples and the mock API answer, every desk's key, and `pnpm demo`'s mail catcher and webhook
 * receiver. The server writes it, the starters
 * read it.
 * @internal
 */
import { payloadObject, stringField, stringRecordField } from '../processes/payload-fields.js';

/** Where `pnpm demo`'s mail catcher (examples/serve/mail-catcher) and the server's inbound SMTP answer. */
export interface MailCatcherReady {
  /** The catcher's HTTP API, e.g. `http://127.0.0.1:4011` (the desk console's `?mail=`). */
  api: string;
  /** The catcher's SMTP sink, the support server's relay, e.g. `smtp://127.0.0.1:40123`. */
  smtp: string;
  /** The support server's inbound SMTP listener, e.g. `smtp://127.0.0.1:40124`. */
  inboundSmtp: string;
}

/** `pnpm demo`'s webhook receiver (examples/serve/webhook-receiver). */
export interface WebhookReceiverReady {
  /** Its API, the desk console's `?hooks=`, e.g. `http://127.0.0.1:4012` (`GET /webhooks`). */
  api: string;
  /** Where the support server posts the demo webhook's pushes, e.g. `http://127.0.0.1:4012/hooks`. */
  hook: string;
  /** The desk whose events the demo webhook pushes, e.g. `opin`. */
  desk: string;
}

/** Where a running examples server answers. */
export interface DemoReady {
  /** The examples' origin, e.g. `http://127.0.0.1:4000` (no trailing slash). */
  webBase: string;
  /** Each example page by its path under `examples/` (`desk-console/`, `portal-opin/help.html`…): its address, with `?api=` when the API is not at its default address. */
  pages: Record<string, string>;
  /** The widget's script as the portal pages load it, e.g. `http://127.0.0.1:4000/widget/opin-support.js`. */
  widget: string;
  /** The mock API base, e.g. `http://127.0.0.1:4010/api/v1`. */
  apiBase: string;
  /** Every desk's key (`Authorization: Bearer <key>`), by desk id. */
  deskKeys: Record<string, string>;
  /** `pnpm demo`'s mail catcher; `pnpm dev` has none. */
  mailCatcher?: MailCatcherReady;
  /** `pnpm demo`'s webhook receiver; `pnpm dev` has none. */
  webhookReceiver?: WebhookReceiverReady;
}

/** `payload` as a {@link DemoReady}; throws when a field is missing. */
export function readDemoReady(payload: unknown): DemoReady {
  const fields = payloadObject(payload);
  return {
    webBase: stringField(fields, 'webBase'),
    pages: stringRecordField(fields, 'pages'),
    widget: stringField(fields, 'widget'),
    apiBase: stringField(fields, 'apiBase'),
    deskKeys: stringRecordField(fields, 'deskKeys'),
    ...(fields['mailCatcher'] === undefined
      ? {}
      : { mailCatcher: readMailCatcher(fields['mailCatcher']) }),
    ...(fields['webhookReceiver'] === undefined
      ? {}
      : { webhookReceiver: readWebhookReceiver(fields['webhookReceiver']) }),
  };
}

function readWebhookReceiver(payload: unknown): WebhookReceiverReady {
  const fields = payloadObject(payload);
  return {
    api: stringField(fields, 'api'),
    hook: stringField(fields, 'hook'),
    desk: stringField(fields, 'desk'),
  };
}

function readMailCatcher(payload: unknown): MailCatcherReady {
  const fields = payloadObject(payload);
  return {
    api: stringField(fields, 'api'),
    smtp: stringField(fields, 'smtp'),
    inboundSmtp: stringField(fields, 'inboundSmtp'),
  };
}
