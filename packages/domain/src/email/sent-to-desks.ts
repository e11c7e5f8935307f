/**
 * Defence in depth for an e-mail desk's text on its way to the learner: it must not repeat what
 * Opin.fi e-mailed to desks about the ticket (hand-off notes, the ticket's details, instructions).
 * The marker line already keeps the quoted original out; this catches what a client, a bridge or a
 * desk's copy-and-paste lets through.
 * @internal
 */
import type { RuleContext } from '../rule-context.js';
import type { StoredTicket } from '../model.js';
import { DESK_MAIL_FROM } from './outbox.js';
import { markerIndex } from './reply-marker.js';

/** A run of this many words copied from a desk e-mail is never the desk's own text. */
export const COPIED_RUN_WORDS = 8;
/** A shorter line of a desk e-mail (a short hand-off note) counts when copied whole, from 3 words. */
const MIN_LINE_WORDS = 3;

function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Every run of 3 to 8 consecutive words of the text. */
function runsOf(words: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (let start = 0; start < words.length; start += 1) {
    for (let length = MIN_LINE_WORDS; length <= COPIED_RUN_WORDS; length += 1) {
      if (start + length > words.length) break;
      runs.add(words.slice(start, start + length).join(' '));
    }
  }
  return runs;
}

/** The runs of one desk e-mail line that must not reach the learner. */
function runsOfLine(line: string): string[] {
  const words = wordsOf(line);
  if (words.length < MIN_LINE_WORDS) return [];
  if (words.length <= COPIED_RUN_WORDS) return [words.join(' ')];
  const runs: string[] = [];
  for (let start = 0; start + COPIED_RUN_WORDS <= words.length; start += 1) {
    runs.push(words.slice(start, start + COPIED_RUN_WORDS).join(' '));
  }
  return runs;
}

/** What the learner already knows: their subject and description, and every message. */
function learnerKnows(ticket: StoredTicket): (run: string) => boolean {
  const texts = [ticket.subject, ticket.description, ...ticket.messages.map((m) => m.body)].map(
    (text) => ` ${wordsOf(text).join(' ')} `,
  );
  return (run) => texts.some((text) => text.includes(` ${run} `));
}

/**
 * Whether `text` carries a marker line, or a run of at least {@link COPIED_RUN_WORDS} words (or a
 * whole shorter line of at least three) of an e-mail sent to a desk about this ticket that the
 * learner has not seen (their own words and the messages are theirs to see).
 */
export function repeatsDeskEmail(ctx: RuleContext, ticket: StoredTicket, text: string): boolean {
  if (markerIndex(text) !== -1) return true;
  const runs = runsOf(wordsOf(text));
  if (runs.size === 0) return false;
  const known = learnerKnows(ticket);
  return ctx.records
    .sentAbout(ticket.id)
    .some(
      (mail) =>
        mail.from === DESK_MAIL_FROM &&
        mail.body
          .split('\n')
          .some((line) => runsOfLine(line).some((run) => runs.has(run) && !known(run))),
    );
}
