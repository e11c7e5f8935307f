/**
 * The ticket's plan in plain words (docs/design/domain.md, "The plan"): who has the ticket, who
 * answers, in which language, and by when. The preview, the confirmation and the ticket view say
 * it in these words, and the learner's confirmation e-mail in the same words
 * (packages/domain/src/email/learner-texts.ts; tests/e2e proves they agree).
 * @internal
 */
import { msg, str } from '@lit/localize';
import type { Locale, Ticket } from '@opin/support-sdk';
import { inFinnishTime } from './finnish-time.js';
import { inLanguage } from './languages.js';

/** The plan, with desk names in the UI language. */
export interface PlanWords {
  /** The desk that has the ticket (or receives it, before filing). */
  holder: string;
  /** The desk that answers the learner. */
  answering: string;
  /** The ticket's language. */
  language: Locale;
  /** When the answer is due (ISO 8601, UTC). */
  expectedBy: string;
}

/** A filed ticket's plan in words: its owner has it; `name` gives a desk's name. */
export function ticketPlanWords(ticket: Ticket, name: (desk: string) => string): PlanWords {
  return {
    holder: name(ticket.owner),
    answering: name(ticket.plan.answeringDesk),
    language: ticket.language,
    expectedBy: ticket.plan.expectedBy,
  };
}

/** "<desk> will answer you in Swedish.", naming first the desk that passes the ticket on, if any. */
export function whoAnswers({ holder, answering, language: ticketLanguage }: PlanWords): string {
  const language = inLanguage(ticketLanguage);
  return holder === answering
    ? msg(str`${answering} will answer you ${language}.`, {
        desc: 'Who answers. 1: desk name, 2: e.g. "in Swedish". As in the confirmation e-mail.',
      })
    : msg(str`${holder} passes your ticket on, and ${answering} will answer you ${language}.`, {
        desc: 'Who answers. 1: desk that has the ticket, 2: desk that answers, 3: e.g. "in Swedish". As in the confirmation e-mail.',
      });
}

/** "You can expect an answer by <day and time> (Finnish time)." */
export function answerDue(expectedBy: string, locale: Locale): string {
  const when = inFinnishTime(expectedBy, locale);
  return msg(str`You can expect an answer by ${when} (Finnish time).`, {
    desc: '1: e.g. "Wednesday 9 December 2026 at 15:00". As in the confirmation e-mail.',
  });
}

/** Said instead of `answerDue` once the time has passed without an answer. */
export function answerLate(expectedBy: string, locale: Locale): string {
  const when = inFinnishTime(expectedBy, locale);
  return msg(str`Sorry, the answer is late: it was due by ${when} (Finnish time).`, {
    desc: '1: e.g. "Wednesday 9 December 2026 at 15:00".',
  });
}
