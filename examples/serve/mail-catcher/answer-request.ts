/**
 * The body of the mail catcher's `POST /answers`, checked: which caught message to answer (its
 * Message-ID), from which address, and the text — each within a limit.
 * @internal
 */

/** An answer the console asks for. */
export interface AnswerRequest {
  messageId: string;
  from: string;
  text: string;
}

/** The longest answer text taken, in characters (the console's field takes as many). */
export const maxAnswerText = 10_000;

const addressPattern = /^[^\s@<>(),;:"\\[\]]{1,64}@[A-Za-z0-9.-]{1,189}$/;
const messageIdPattern = /^<[^\s<>]{1,900}>$/;

/** `body` as an {@link AnswerRequest}, or why it is not one. */
export function readAnswerRequest(
  body: unknown,
): { ok: true; request: AnswerRequest } | { ok: false; why: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, why: 'The body is not a JSON object.' };
  }
  const { messageId, from, text } = body as Record<string, unknown>;
  if (typeof messageId !== 'string' || !messageIdPattern.test(messageId)) {
    return { ok: false, why: 'messageId: a Message-ID such as <id@host> is needed.' };
  }
  if (typeof from !== 'string' || !addressPattern.test(from)) {
    return { ok: false, why: 'from: an e-mail address is needed.' };
  }
  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, why: 'text: the answer needs some text.' };
  }
  if (text.length > maxAnswerText) {
    return { ok: false, why: `text: at most ${maxAnswerText} characters.` };
  }
  return { ok: true, request: { messageId, from, text } };
}
