/**
 * A relay on loopback for the mail tests (smtp-server): it accepts every connection without TLS or
 * authentication and answers each message as the test scripts it — accept, refuse with an SMTP
 * code, or hold the answer back (as a relay that hangs) — and keeps what it accepted, raw, with
 * the envelope's recipients.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** How the sink answers one message. */
export type SinkAnswer = 'accept' | 'hold' | { code: number; text: string };

/** A message the sink accepted. */
export interface AcceptedMail {
  raw: string;
  recipients: string[];
}

/** A running sink. */
export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>`. */
  readonly url: URL;
  /** What it accepted, in order. */
  readonly accepted: AcceptedMail[];
  /** How many messages reached DATA, whatever the answer. */
  readonly received: number;
  /** Answers the next messages so, in order (in place of any script before); then it accepts. */
  script(...answers: SinkAnswer[]): void;
  /** Resolves once `count` messages have reached DATA (counting from the start). */
  receivedCount(count: number): Promise<void>;
  /** Resolves with the `nth` (1-based) accepted message to `recipient`, once there is one. */
  acceptedTo(recipient: string, nth?: number): Promise<AcceptedMail>;
  close(): Promise<void>;
}

/** Starts a sink on a free port of 127.0.0.1. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const answers: SinkAnswer[] = [];
  const accepted: AcceptedMail[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const recipientWaiters: (() => void)[] = [];
  const nthTo = (recipient: string, nth: number) =>
    accepted.filter((mail) => mail.recipients.includes(recipient))[nth - 1];
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received += 1;
        for (const waiter of waiters.filter((w) => received >= w.count)) waiter.resolve();
        const answer = answers.shift() ?? 'accept';
        if (answer === 'hold') return;
        if (answer !== 'accept') {
          callback(Object.assign(new Error(answer.text), { responseCode: answer.code }));
          return;
        }
        accepted.push({
          raw: Buffer.concat(chunks).toString('utf8'),
          recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        });
        callback();
        for (const wake of recipientWaiters.splice(0)) wake();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    url: new URL(`smtp://127.0.0.1:${port}`),
    accepted,
    get received() {
      return received;
    },
    script: (...next) => answers.splice(0, answers.length, ...next),
    receivedCount: (count) =>
      received >= count
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ count, resolve })),
    acceptedTo(recipient, nth = 1) {
      return new Promise((resolve) => {
        const check = () => {
          const mail = nthTo(recipient, nth);
          if (mail) resolve(mail);
          else recipientWaiters.push(check);
        };
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
