/**
 * The console's client of `pnpm demo`'s mail catcher (examples/serve/mail-catcher): the messages
 * the support server sent, and "answer by e-mail" as a real SMTP message to the server, whose
 * SMTP answer comes back.
 * @internal
 */

/** A message the catcher caught, as its API lists it. */
export interface CaughtMail {
  id: string;
  date: string;
  from: string;
  to: string[];
  replyTo?: string;
  subject: string;
  text: string;
  messageId?: string;
  inReplyTo?: string;
}

/** What the support server answered to an e-mail. */
export type SmtpAnswer =
  { accepted: true; response: string } | { accepted: false; code: number; response: string };

/** An answer to a caught message. */
export interface CaughtMailAnswer {
  /** The Message-ID of the caught message answered. */
  messageId: string;
  /** The desk's address. */
  from: string;
  text: string;
}

/** The catcher's API. */
export interface MailCatcherClient {
  /** e.g. `http://127.0.0.1:4011`. */
  readonly base: string;
  /** Every caught message, newest first. */
  messages(): Promise<CaughtMail[]>;
  /** Sends the answer and returns the server's SMTP answer. */
  answer(answer: CaughtMailAnswer): Promise<SmtpAnswer>;
}

/** A failure of the catcher's API (not a refusal by the support server: that is an answer). */
export class MailCatcherError extends Error {
  override readonly name = 'MailCatcherError';
}

/** A client of the catcher at `base`. */
export function createMailCatcherClient(base: string, timeoutMs = 15_000): MailCatcherClient {
  const call = async (path: string, init: RequestInit = {}): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch {
      throw new MailCatcherError(`The mail catcher at ${base} could not be reached.`);
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const message = (body as { error?: { message?: unknown } } | undefined)?.error?.message;
      throw new MailCatcherError(
        `The mail catcher answered ${response.status}${typeof message === 'string' ? `: ${message}` : '.'}`,
      );
    }
    return body;
  };
  return {
    base,
    async messages() {
      const body = (await call('/messages')) as { messages?: unknown };
      if (!Array.isArray(body.messages)) throw new MailCatcherError('Not a list of messages.');
      return body.messages as CaughtMail[];
    },
    async answer(answer) {
      const body = (await call('/answers', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(answer),
      })) as SmtpAnswer | undefined;
      if (typeof body?.accepted !== 'boolean') throw new MailCatcherError('Not an SMTP answer.');
      return body;
    },
  };
}
