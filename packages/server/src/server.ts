/**
 * The support server's lifecycle: listen, open and migrate the database, serve the contract, and
 * close in order. It listens before the database is ready, so `/healthz` answers during a slow
 * first start, and `/readyz` and the API answer 503 until the migrations are done.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReplyKey, SupportConfig } from '@opin/support-domain';
import { resolveOptions, type ApiOptions } from '@opin/support-http';
import {
  limitConnections,
  resolveConnectionLimits,
  serverTimingOptions,
  type ConnectionLimits,
} from '@opin/support-http/node';
import { mountApi, type MountedApi } from './http/api-host.js';
import { loadReplyKey } from './mail/reply-key-store.js';
import { createRequestHandler } from './http/app.js';
import type { WebhookTarget } from './delivery/webhook-target.js';
import { createFdLogger, type Logger, type LogLevel } from './log/logger.js';
import {
  startMailDelivery,
  type MailDelivery,
  type MailDeliveryOptions,
} from './mail/mail-delivery.js';
import { readSmtpUrl } from './mail/smtp-url.js';
import { startInboundSmtp, type InboundSmtp } from './mail/inbound/inbound-smtp.js';
import { reportRequestError } from './log/report-error.js';
import type { WebhookDelivery } from './delivery/webhook-delivery.js';
import { serveWebhooks, type WebhookDeliveryTuning } from './delivery/serve-webhooks.js';
import { webhookDesksOf } from './delivery/post-to-webhook-targets.js';
import { PostgresTicketRepository } from './repository/postgres-ticket-repository.js';
import { startDeskEventRetention } from './tasks/desk-event-retention.js';
import type { RunningTask } from './tasks/run-every.js';
import type { OpenedDatabase } from './storage/opened-database.js';
import { openStorage } from './storage/open.js';
import type { DatabaseTarget } from './storage/target.js';

/** How to run the server. */
export interface SupportServerOptions {
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Interface to listen on, e.g. `127.0.0.1`. */
  host: string;
  /** Where the data lives. */
  database: DatabaseTarget;
  /** The desks, topics and articles to serve (`loadConfigDir`, or the demo config). */
  config: SupportConfig;
  /**
   * Demo behaviour: `dev-<deskId>` desk keys and the `/_mock/*` control endpoints, once the HTTP
   * contract is served. Only with `--demo`; never for real learners.
   */
  demo: boolean;
  /**
   * The desks' webhooks (`webhooks.yaml`, secrets read: `loadServerConfig`): each change queues
   * its events for them, and they are delivered with retries (docs/design/realtime.md,
   * "Webhooks"); none by default.
   */
  webhooks?: readonly WebhookTarget[];
  /** Log verbosity (default `info`); ignored when `logger` is given. */
  logLevel?: LogLevel;
  /** A logger to use instead of JSON lines on stdout. */
  logger?: Logger;
  /** How long closing waits for requests in flight before cutting them (default 10 s). */
  drainTimeoutMs?: number;
  /**
   * The API's limits and windows (rate limits, trusted proxies, stream caps, the
   * acknowledgement window…), with the same names and defaults as the mock's options.
   */
  api?: ApiOptions;
  /** Timeouts for slow clients and caps on connections, as the mock's server has them. */
  connections?: ConnectionLimits;
  /**
   * How often the clock loop applies what became due (hand-offs not accepted in time, resolved
   * tickets closing), in milliseconds; requests apply it too as they come (default 15 s).
   */
  clockIntervalMs?: number;
  /**
   * The SMTP relay the outbox is delivered to (`--smtp-url`). Without one, e-mails wait in the
   * outbox: nothing is sent.
   */
  mail?: MailDeliveryOptions;
  /**
   * The inbound SMTP listener for e-mail desks' replies (`--inbound-smtp-port`), on `host`; none
   * by default (replies may come through `POST /api/v1/desk/inbound-email` instead).
   */
  inboundMail?: InboundMailOptions;
  /**
   * How many days desk events are kept (`--desk-event-retention-days`, default 14): older ones are
   * deleted every hour, and a stream resumed from before them is told to start again.
   */
  deskEventRetentionDays?: number;
  /**
   * How webhooks are delivered (`webhooks` says to whom): the sender's limits, the attempts'
   * timeouts, and, for tests, a post function in place of the signed HTTP sender.
   */
  webhookDelivery?: WebhookDeliveryTuning;
}

/** The inbound SMTP listener's port and limit (`SupportServerOptions.inboundMail`). */
export interface InboundMailOptions {
  /** TCP port; 0 picks a free one (the `inbound smtp listening` log line says which). */
  port: number;
  /** The largest message taken, in bytes (default 1 MiB); a larger one is refused with 552. */
  maxBytes?: number;
}

/** A running server. */
export interface SupportServer {
  /** `http://host:port`, with the port actually bound. */
  readonly url: string;
  /** Settles once the database is open and migrated (rejects if that fails). */
  readonly ready: Promise<void>;
  /** The inbound SMTP listener's port once `ready`, if it has one. */
  readonly inboundMailPort: number | undefined;
  /** Stops accepting, lets requests in flight finish, closes the database. Safe to call twice. */
  close(): Promise<void>;
}

/** Starts listening, then opens the database; see {@link SupportServer}. */
export function startSupportServer(options: SupportServerOptions): Promise<SupportServer> {
  return startSupportServerOpening(options, openStorage);
}

/**
 * {@link startSupportServer}, with the database opened by `open` (`openStorage` wrapped): how a
 * test in process keeps the handle to read every table the server wrote (an in-memory PGlite
 * has no other door).
 * @internal
 */
export async function startSupportServerOpening(
  options: SupportServerOptions,
  open: typeof openStorage,
): Promise<SupportServer> {
  const log = options.logger ?? createFdLogger(options.logLevel ?? 'info', 1);
  const apiOptions = resolveOptions(options.api);
  // A relay that is no URL fails the start, before anything listens.
  if (options.mail) readSmtpUrl(options.mail.smtpUrl);
  const limits = resolveConnectionLimits(options.connections ?? {});
  let serving: Serving | null = null;
  let url = '';
  const http = createServer(
    serverTimingOptions(limits),
    createRequestHandler(
      { database: () => serving?.database.db ?? null, api: () => serving?.api.listener ?? null },
      log,
    ),
  );
  limitConnections(http, limits, apiOptions.trustedProxies);
  await listen(http, options.port, options.host);
  const { port } = http.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  url = `http://${host}:${port}`;
  log.info({ url }, 'listening');
  const { desks, topics, articles } = options.config;
  log.info(
    {
      demo: options.demo,
      desks: desks.length,
      topics: topics.length,
      articles: articles.length,
      webhooks: options.webhooks?.length ?? 0,
    },
    'config',
  );

  const opening = open(options.database, log).then(async (database) => {
    const targets = options.webhooks ?? [];
    const tickets = new PostgresTicketRepository(database.db, apiOptions, webhookDesksOf(targets));
    let replyKey: ReplyKey;
    try {
      replyKey = await loadReplyKey(database.db);
      if (options.database.kind === 'postgres') await tickets.listen(options.database.url, log);
    } catch (error) {
      await database.close();
      throw error;
    }
    const api = mountApi({
      db: database.db,
      tickets,
      config: options.config,
      api: apiOptions,
      demo: options.demo,
      clockIntervalMs: options.clockIntervalMs ?? 15_000,
      origin: () => url,
      reportError: (error) => reportRequestError(log, error),
      replyKey,
      webhookQueued: () => serving?.webhooks?.poke(),
    });
    let inbound: InboundSmtp | undefined;
    try {
      inbound =
        options.inboundMail &&
        (await startInboundSmtp(api.env, { ...options.inboundMail, host: options.host }, log));
    } catch (error) {
      await api.stop();
      await tickets.close();
      await database.close();
      throw error;
    }
    const mail =
      options.mail &&
      startMailDelivery(
        database.db,
        { ...options.mail, soleInstance: options.database.kind === 'embedded' },
        log,
        (error) => reportRequestError(log, error, 'mail delivery'),
      );
    const retention = startDeskEventRetention(
      database.db,
      { retentionDays: options.deskEventRetentionDays },
      log,
      (error) => reportRequestError(log, error, 'desk event retention'),
    );
    const webhooks =
      targets.length > 0
        ? serveWebhooks(
            database.db,
            tickets.deskEvents,
            targets,
            { ...options.webhookDelivery, soleInstance: options.database.kind === 'embedded' },
            log,
            (error) => reportRequestError(log, error, 'webhook delivery'),
          )
        : undefined;
    serving = { database, tickets, api, mail, inbound, retention, webhooks };
    log.info({ url }, 'ready');
    return serving;
  });
  const ready = opening.then(() => undefined);
  ready.catch(() => undefined); // the caller decides; never an unhandled rejection

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      log.info('stopping');
      // Event streams end first (their clients reconnect elsewhere with Last-Event-ID); then
      // the requests in flight finish, and the database closes.
      serving?.api.listener.endStreams();
      await stopAccepting(http, options.drainTimeoutMs ?? 10_000);
      const opened = await opening.catch(() => null);
      await opened?.inbound?.close();
      await opened?.api.stop();
      await opened?.mail?.stop();
      await opened?.retention.stop();
      await opened?.webhooks?.stop();
      await opened?.tickets.close();
      await opened?.database.close();
      serving = null;
      log.info('stopped');
    })();
    return closing;
  };
  return {
    url,
    ready,
    get inboundMailPort() {
      return serving?.inbound?.port;
    },
    close,
  };
}

/** What serves once the database is open. */
interface Serving {
  database: OpenedDatabase;
  tickets: PostgresTicketRepository;
  api: MountedApi;
  mail: MailDelivery | undefined;
  inbound: InboundSmtp | undefined;
  retention: RunningTask;
  /** Webhook delivery, when some desk has a webhook (the `desk_event` notification pokes it). */
  webhooks: WebhookDelivery | undefined;
}

function listen(http: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
}

/** Closes the listener and idle connections; cuts the rest after `drainTimeoutMs`. */
function stopAccepting(http: Server, drainTimeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => http.closeAllConnections(), drainTimeoutMs);
    http.close(() => {
      clearTimeout(cut);
      resolve();
    });
    http.closeIdleConnections();
  });
}
