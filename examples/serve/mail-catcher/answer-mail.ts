/**
 * "Answer by e-mail" in the demo: the answer to a caught message, as a desk's mail client writes
 * it — to the message's Reply-To (else its From), `Re: ` + its subject, In-Reply-To and References
 * naming it — sent over real SMTP to the support server's inbound port. The outcome is the
 * server's SMTP answer: accepted, or the code and text of its refusal.
 * @internal
 */
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { CaughtMail } from './caught-mails.js';

/** Where the support server takes inbound mail. */
export interface InboundTarget {
  host: string;
  port: number;
}

/** What the server answered. */
export type AnswerOutcome =
  | { accepted: true; response: string; messageId: string }
  | { accepted: false; code: number; response: string };

/** The answer to `caught`, from `from`, saying `text`. */
export function answerMessage(caught: CaughtMail, from: string, text: string): SendMailOptions {
  const to = caught.replyTo ?? caught.from;
  const subject = /^re:/i.test(caught.subject) ? caught.subject : `Re: ${caught.subject}`;
  const thread = caught.messageId
    ? {
        inReplyTo: caught.messageId,
        references: [...new Set([...caught.references, caught.messageId])],
      }
    : {};
  return { from, to, subject, text, ...thread };
}

/**
 * Sends `message` to `target` and returns the server's answer; throws when no answer came (the
 * server does not listen, the connection broke).
 */
export async function sendAnswer(
  target: InboundTarget,
  message: SendMailOptions,
): Promise<AnswerOutcome> {
  const transport = nodemailer.createTransport({
    host: target.host,
    port: target.port,
    secure: false,
    ignoreTLS: true,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    const info = await transport.sendMail(message);
    return { accepted: true, response: info.response, messageId: info.messageId };
  } catch (error) {
    const refusal = smtpRefusalOf(error);
    if (refusal === undefined) throw error;
    return { accepted: false, ...refusal };
  } finally {
    transport.close();
  }
}

/** The SMTP code and answer of a refusal, or `undefined` for any other failure. */
function smtpRefusalOf(error: unknown): { code: number; response: string } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { responseCode, response } = error as { responseCode?: unknown; response?: unknown };
  if (typeof responseCode !== 'number' || responseCode < 400) return undefined;
  return { code: responseCode, response: typeof response === 'string' ? response : '' };
}
