/**
 * The inbound SMTP listener (`--inbound-smtp-port`): the mail relay in front of the service hands
 * it replies by e-mail — a desk's or a learner's, to the reply address every e-mail about a ticket
 * has as its Reply-To (`reply+<reference>.<tag>@opin.fi`), or a desk's to `handoff@opin.fi` with
 * the tag in its subject — and they are applied by the same rules as the e-mail bridge
 * `POST /desk/inbound-email` applies a desk's (`receiveEmail`). A reply address whose tag was made
 * for nobody is refused at RCPT, as is any other recipient, and a message has one recipient (452
 * asks the relay to send the next one separately). Each message is parsed with mailparser
 * (`./inbound-message.ts`). The answer at the end of the message is the outcome
 * (`./smtp-answer.ts`): 250 applied or ignored (an automatic reply), 550 refused — the relay
 * bounces it to the sender with the rule's message — or 451 for the relay to try again. A message
 * over `maxBytes` is refused at DATA (552, never held whole: `./read-capped.ts`), more than 50
 * connections at once are turned away, a learner's replies share the widget's per-ticket write
 * limit (451 over it), and nothing a client sends stops the listener. Logs say
 * what happened, never an address, subject or body.
 * @internal
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import {
  DESK_MAIL_FROM,
  partyOfTag,
  receiveEmail,
  tagInAddress,
  type ReplyParty,
} from '@opin/support-domain';
import { takeLearnerWriteSlot, type ApiContext } from '@opin/support-http';
import type { Logger } from '../../log/logger.js';
import { inboundRequestOf } from './inbound-message.js';
import { readCapped } from './read-capped.js';
import { refusalOf, smtpRefusal } from './smtp-answer.js';

/** Where the listener listens and what it takes. */
export interface InboundSmtpOptions {
  port: number;
  host: string;
  /** The largest message taken, in bytes (default 1 MiB). */
  maxBytes?: number;
}

/** The listener, running. */
export interface InboundSmtp {
  /** The port it listens on (the one given, or the one picked for 0). */
  readonly port: number;
  /** Stops listening; connections still open are cut after a few seconds. */
  close(): Promise<void>;
}

/** Who a reply was from, for the log: the desk's id, or "learner" (never an address). */
function partyLabel(party: ReplyParty | undefined): string {
  return party === undefined ? 'unknown' : party.kind === 'desk' ? party.desk : 'learner';
}

/**
 * A learner's reply to their reply address takes a write slot of the ticket, as a message from the
 * widget does (`learnerWritesPerMinute`; over it, 451 for the relay to try later).
 */
function takeLearnerSlot(ctx: ApiContext, to: string): void {
  const tag = tagInAddress(to);
  if (tag && partyOfTag(ctx.replyKey, ctx.directory, tag)?.kind === 'learner') {
    takeLearnerWriteSlot(ctx, ctx.http.writeWindows, tag.reference);
  }
}

/** Starts the listener over the API's context `env` (its rules, and its learner write windows). */
export async function startInboundSmtp(
  env: ApiContext,
  options: InboundSmtpOptions,
  log: Logger,
): Promise<InboundSmtp> {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const server = new SMTPServer({
    // The relay in front terminates TLS and authenticates the sending servers.
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    // Each connection holds at most one message of `maxBytes` while it is read.
    maxClients: 50,
    logger: false,
    closeTimeout: 5_000,
    onRcptTo(address, session, callback) {
      if (session.envelope.rcptTo.length > 0) {
        return callback(smtpRefusal(452, '4.5.3 One recipient per message.'));
      }
      const recipient = address.address.toLowerCase();
      if (recipient === DESK_MAIL_FROM) return callback();
      const tag = tagInAddress(recipient);
      if (tag === undefined) {
        log.info({ reason: 'unknown recipient' }, 'inbound mail refused');
        return callback(smtpRefusal(550, '5.1.1 No such mailbox here.'));
      }
      if (partyOfTag(env.replyKey, env.directory, tag) === undefined) {
        log.warn({ reason: 'reply tag made for nobody' }, 'inbound mail refused');
        return callback(smtpRefusal(550, '5.1.1 Not a reply address of this service.'));
      }
      callback();
    },
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo[0]?.address ?? '';
      readCapped(stream, maxBytes)
        .then(async (raw) => {
          if (raw === undefined) {
            log.info({ reason: 'too large' }, 'inbound mail refused');
            return callback(smtpRefusal(552, `5.3.4 Larger than ${maxBytes} bytes.`));
          }
          const parsed = inboundRequestOf(await simpleParser(raw), to);
          if (!parsed.ok) {
            log.info({ reason: 'not a readable e-mail' }, 'inbound mail refused');
            return callback(smtpRefusal(550, `5.6.0 Not a readable e-mail: ${parsed.why}`));
          }
          takeLearnerSlot(env, to);
          const { outcome, party } = await receiveEmail(env, parsed.request);
          log.info(
            outcome.kind === 'applied'
              ? { from: partyLabel(party), ticket: outcome.ticket.id }
              : { from: partyLabel(party), ignored: outcome.reason },
            'inbound mail taken',
          );
          callback(
            null,
            outcome.kind === 'applied' ? `Applied to ${outcome.ticket.id}` : 'Ignored',
          );
        })
        .catch((error: unknown) => {
          const refusal = refusalOf(error);
          log[refusal.responseCode === 550 ? 'warn' : 'error'](
            { reason: refusal.responseCode === 550 ? 'refused by the rules' : 'failed' },
            'inbound mail refused',
          );
          callback(refusal);
        });
    },
  });
  server.on('error', (error: Error & { code?: string }) => {
    log.warn({ err: { name: error.name, code: error.code } }, 'inbound smtp connection error');
  });
  server.listen(options.port, options.host);
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  log.info({ port }, 'inbound smtp listening');
  return {
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
