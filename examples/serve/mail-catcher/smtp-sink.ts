/**
 * The demo mail catcher's SMTP sink (smtp-server + mailparser): the support server's relay in
 * `pnpm demo`. It takes every message for any recipient on loopback, without TLS or
 * authentication, and keeps it parsed in {@link CaughtMails}. A message over `maxBytes` is refused
 * (552) and never held whole. Nothing is logged: the messages hold people's addresses and words.
 * @internal
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { CaughtMails, IncomingMail } from './caught-mails.js';
import { readCapped } from './read-capped.js';

/** Where the sink listens and what it takes. */
export interface SmtpSinkOptions {
  host: string;
  /** `0` = any free port. */
  port: number;
  /** The largest message taken, in bytes. */
  maxBytes: number;
}

/** The sink, listening. */
export interface RunningSmtpSink {
  /** `smtp://host:port`, for the support server's `mail.smtpUrl`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the sink, keeping what it takes in `mails`. */
export async function startSmtpSink(
  mails: CaughtMails,
  options: SmtpSinkOptions,
): Promise<RunningSmtpSink> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    maxClients: 20,
    logger: false,
    closeTimeout: 2_000,
    onData(stream, session, callback) {
      readCapped(stream, options.maxBytes)
        .then(async (raw) => {
          if (raw === undefined) {
            return callback(refusal(552, `5.3.4 Larger than ${options.maxBytes} bytes.`));
          }
          const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          mails.add(incomingMail(await simpleParser(raw), recipients));
          callback(null, 'Caught');
        })
        .catch(() => callback(refusal(451, '4.3.0 Could not read the message.')));
    },
  });
  // A client that misbehaves closes its own connection; the sink keeps listening.
  server.on('error', () => undefined);
  server.listen(options.port, options.host);
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${options.host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What the catcher keeps of a parsed message sent to `recipients`. */
export function incomingMail(mail: ParsedMail, recipients: string[]): IncomingMail {
  const references = mail.references;
  return {
    from: firstAddress(mail.from) ?? '',
    to: recipients,
    replyTo: firstAddress(mail.replyTo),
    subject: mail.subject ?? '',
    text: (mail.text ?? '').replace(/\r\n/g, '\n'),
    messageId: mail.messageId,
    inReplyTo: mail.inReplyTo,
    references: references === undefined ? [] : [references].flat(),
  };
}

function firstAddress(field: AddressObject | undefined): string | undefined {
  return field?.value[0]?.address || undefined;
}

function refusal(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}
