/**
 * The outbox's delivery beside serving: a nodemailer SMTP transport to the relay, and the sender
 * (`./outbox-sender.ts`) run every `intervalMs` (`../tasks/run-every.ts`). Without a relay the
 * server delivers nothing: e-mails wait in the outbox (and the demo lists them).
 * @internal
 */
import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Logger } from '../log/logger.js';
import type { Database } from '../storage/database.js';
import { runEvery } from '../tasks/run-every.js';
import { OutboxSender, transportTimeouts } from './outbox-sender.js';
import { letGoOfClaims } from './outbox-claims.js';
import { describeSmtpUrl, readSmtpUrl } from './smtp-url.js';

/** Where and how the server delivers its e-mail (`SupportServerOptions.mail`). */
export interface MailDeliveryOptions {
  /**
   * The SMTP relay: `smtp://[user:password@]host[:port]` (STARTTLS when the relay offers it) or
   * `smtps://…` (TLS from the start).
   */
  smtpUrl: string;
  /** How often due e-mails are looked for, in milliseconds (default 5 s). */
  intervalMs?: number;
  /** How long an instance's claim on an e-mail lasts, in milliseconds (default 5 min). */
  claimMs?: number;
}

/** Delivery, running. */
export interface MailDelivery {
  /** Looks for due e-mails now. */
  poke(): void;
  /** Stops after the e-mail being sent, if any, and closes the relay's connections. */
  stop(): Promise<void>;
}

/**
 * Starts delivering the outbox in `db` to the relay; throws when `smtpUrl` is not one. With
 * `soleInstance` (the embedded database, which one process owns), claims left in the outbox are
 * of a process that died, and are let go at once rather than when they run out.
 */
export function startMailDelivery(
  db: Kysely<Database>,
  options: MailDeliveryOptions & { soleInstance: boolean },
  log: Logger,
  report: (error: unknown) => void,
): MailDelivery {
  const relay = readSmtpUrl(options.smtpUrl);
  const claimMs = options.claimMs ?? 5 * 60_000;
  const transport = nodemailer.createTransport({
    url: relay.href,
    ...transportTimeouts(claimMs),
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const sender = new OutboxSender(db, transport, log, { claimMs });
  let claimsLetGo = !options.soleInstance;
  const task = runEvery(
    options.intervalMs ?? 5_000,
    async () => {
      if (!claimsLetGo) {
        await letGoOfClaims(db);
        claimsLetGo = true;
      }
      await sender.deliverDue();
    },
    report,
  );
  log.info({ relay: describeSmtpUrl(relay) }, 'delivering mail');
  task.poke();
  return {
    poke: () => task.poke(),
    async stop() {
      await task.stop();
      transport.close();
    },
  };
}
