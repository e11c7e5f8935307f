/**
 * The demo's mail catcher: an SMTP sink on loopback that keeps the last messages the support
 * server sends (`./smtp-sink.ts`, `./caught-mails.ts`), and an HTTP API with which the desk
 * console lists them and answers one over SMTP to the server's inbound port
 * (`./catcher-http.ts`). `pnpm demo` starts it before the server, which relays to {@link
 * RunningMailCatcher.smtpUrl}, then tells it the inbound port and the examples' origin.
 * @internal
 */
import type { InboundTarget } from './answer-mail.js';
import { startCatcherHttp } from './catcher-http.js';
import { CaughtMails } from './caught-mails.js';
import { startSmtpSink } from './smtp-sink.js';

/** Where the catcher listens and how much it keeps. */
export interface MailCatcherOptions {
  /** The HTTP API's interface (the desk console calls it from the browser). */
  host: string;
  /** The SMTP sink's interface (default 127.0.0.1: it takes any message without authentication). */
  smtpHost?: string;
  /** The HTTP API's port; `0` = any free port. */
  httpPort: number;
  /** The SMTP sink's port; `0` = any free port. */
  smtpPort?: number;
  /** How many messages are kept (default 200). */
  keep?: number;
  /** The largest message the sink takes, in bytes (default 1 MiB). */
  maxMessageBytes?: number;
}

/** The catcher, running. */
export interface RunningMailCatcher {
  /** The sink, e.g. `smtp://127.0.0.1:40123`. */
  readonly smtpUrl: string;
  /** The HTTP API, e.g. `http://127.0.0.1:4011`. */
  readonly apiUrl: string;
  /** Where answers go from now on: the support server's inbound SMTP listener. */
  sendAnswersTo(target: InboundTarget): void;
  /** The one browser origin allowed to call the API (the examples'). */
  allowOrigin(origin: string): void;
  close(): Promise<void>;
}

/** Starts the sink and the API. */
export async function startMailCatcher(options: MailCatcherOptions): Promise<RunningMailCatcher> {
  const mails = new CaughtMails(options.keep ?? 200);
  let inbound: InboundTarget | undefined;
  const sink = await startSmtpSink(mails, {
    host: options.smtpHost ?? '127.0.0.1',
    port: options.smtpPort ?? 0,
    maxBytes: options.maxMessageBytes ?? 1024 * 1024,
  });
  try {
    const http = await startCatcherHttp({
      host: options.host,
      port: options.httpPort,
      mails,
      inbound: () => inbound,
    });
    return {
      smtpUrl: sink.url,
      apiUrl: http.url,
      sendAnswersTo: (target) => {
        inbound = target;
      },
      allowOrigin: (origin) => http.allowOrigin(origin),
      close: async () => {
        await Promise.all([http.close(), sink.close()]);
      },
    };
  } catch (error) {
    await sink.close();
    throw error;
  }
}
