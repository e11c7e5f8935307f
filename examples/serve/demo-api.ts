/**
 * The API behind the examples: `pnpm demo` runs the support server (`@opin/support-server` with
 * `--demo`, on an embedded PGlite data directory, so tickets survive a restart) with the demo's
 * mail catcher (`./mail-catcher/`) as its SMTP relay and an inbound SMTP listener the catcher
 * answers to, and one webhook, for the desk {@link demoWebhookDesk}, to the demo's webhook
 * receiver (`./webhook-receiver/`), signed with a secret made at start and handed to the server in
 * memory (never written to a file, the environment or a log); `pnpm dev` runs the mock server
 * (memory, started afresh each time; no SMTP, no webhooks).
 * @internal
 */
import { demoConfig } from '@opin/support-domain';
import { deskKeyFor } from '@opin/support-http';
import { startMockServer } from '@opin/support-mock-server/node';
import { startSupportServer } from '@opin/support-server';
import type { MailCatcherReady, WebhookReceiverReady } from '@opin/tools/demo-ready';
import type { DemoOptions } from './demo-options.js';
import { startMailCatcher } from './mail-catcher/mail-catcher.js';
import { startWebhookReceiver } from './webhook-receiver/webhook-receiver.js';

/** The desk whose events the demo's webhook pushes: the one the desk console plays first. */
export const demoWebhookDesk = 'opin';

/** A running API for the examples. */
export interface RunningApi {
  /** e.g. `http://127.0.0.1:4010/api/v1` */
  apiBase: string;
  /** Every desk's key, by desk id. */
  deskKeys: Record<string, string>;
  /** What the banner says about the API, e.g. where its data lives. */
  notes: string[];
  /** `pnpm demo`'s mail catcher. */
  mailCatcher?: {
    ready: MailCatcherReady;
    /** The one browser origin allowed to call its API: the examples'. */
    allowOrigin(origin: string): void;
  };
  /** `pnpm demo`'s webhook receiver. */
  webhookReceiver?: {
    ready: WebhookReceiverReady;
    /** The one browser origin allowed to read its list: the examples'. */
    allowOrigin(origin: string): void;
  };
  close(): Promise<void>;
}

/** A host to connect to on this machine for one listening on `host` (loopback for any). */
function reachable(host: string): string {
  return host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
}

function smtpAddress(host: string, port: number): string {
  return `smtp://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * The support server with the demo config on `options.dataDir`, relaying its mail to the demo's
 * mail catcher, whose answers go to the server's inbound SMTP listener (a free port), and pushing
 * {@link demoWebhookDesk}'s events to the demo's webhook receiver under a secret made now.
 */
export async function startDemoServer(options: DemoOptions): Promise<RunningApi> {
  // The sink takes mail without authentication: on loopback whatever `options.host` is.
  const catcher = await startMailCatcher({ host: options.host, httpPort: options.mailPort });
  const receiver = await startWebhookReceiver({
    host: options.host,
    port: options.hooksPort,
  }).catch(async (error: unknown) => {
    await catcher.close();
    throw error;
  });
  // The server posts to loopback: plain http is allowed there only (under --demo).
  const hook = new URL(receiver.hookUrl);
  hook.hostname = reachable(options.host);
  const closeHelpers = () => Promise.all([catcher.close(), receiver.close()]);
  const server = await startSupportServer({
    port: options.apiPort,
    host: options.host,
    database: { kind: 'embedded', dataDir: options.dataDir },
    config: demoConfig,
    demo: true,
    logLevel: 'warn',
    mail: { smtpUrl: catcher.smtpUrl, intervalMs: 1_000 },
    // As a webhooks.yaml entry `{desk, url, secret}` becomes after its secret is read; plain http
    // reaches loopback only, and only in the demo.
    webhooks: [
      {
        desk: demoWebhookDesk,
        url: hook,
        secrets: [receiver.secret],
        events: undefined,
        addresses: { allowPrivateNetwork: false, allowLoopback: true },
      },
    ],
    inboundMail: { port: 0 },
  }).catch(async (error: unknown) => {
    await closeHelpers();
    throw error;
  });
  const close = async () => {
    await server.close();
    await closeHelpers();
  };
  try {
    await server.ready;
  } catch (error) {
    await close();
    throw error;
  }
  const inbound = { host: reachable(options.host), port: server.inboundMailPort ?? 0 };
  catcher.sendAnswersTo(inbound);
  const data =
    options.dataDir === 'memory://'
      ? 'The API keeps its tickets in memory: they are gone when the demo stops.'
      : `The API keeps its tickets in ${options.dataDir}: they are there after a restart (delete it to start afresh).`;
  return {
    apiBase: `${server.url}/api/v1`,
    deskKeys: Object.fromEntries(demoConfig.desks.map((desk) => [desk.id, deskKeyFor(desk.id)])),
    notes: [
      data,
      'The API sends its e-mail to the mail catcher, which keeps the last 200 in memory; the desk console shows them and answers them by e-mail to the inbound SMTP port.',
      `The API posts the events of ${demoWebhookDesk} to the webhook receiver, signed with a secret made at start; the receiver keeps the last 50 it verified, and the desk console lists them.`,
    ],
    webhookReceiver: {
      ready: { api: receiver.apiUrl, hook: hook.href, desk: demoWebhookDesk },
      allowOrigin: (origin) => receiver.allowOrigin(origin),
    },
    mailCatcher: {
      ready: {
        api: catcher.apiUrl,
        smtp: catcher.smtpUrl,
        inboundSmtp: smtpAddress(inbound.host, inbound.port),
      },
      allowOrigin: (origin) => catcher.allowOrigin(origin),
    },
    close,
  };
}

/** The mock server (in memory). */
export async function startMockApi(options: DemoOptions): Promise<RunningApi> {
  const mock = await startMockServer({ port: options.apiPort, host: options.host });
  return {
    apiBase: mock.apiBase,
    deskKeys: mock.deskKeys,
    notes: ['The API is the mock server: its tickets live in memory until it stops.'],
    close: () => mock.close(),
  };
}
