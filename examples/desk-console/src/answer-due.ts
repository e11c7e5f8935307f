/**
 * When the learner's answer is due, from the ticket's plan (`plan.expectedBy`), and whether it is
 * late by the console's clock: the time has passed, the ticket is still open, and the answering
 * desk has not written to the learner yet (docs/design/domain.md, "The plan").
 * @internal
 */
import type { DeskTicket } from '@opin/support-sdk/desk';
import { formatTime } from './local-time.js';

/** The due time as the console shows it. */
export interface AnswerDue {
  /** `plan.expectedBy` in the person's time zone, e.g. `2026-11-25 14:00 EET`. */
  time: string;
  /** Whether the answer is late at the time given. */
  late: boolean;
}

/** The ticket's due time, and whether its answer is late at `now` (ms since the epoch). */
export function answerDue(ticket: DeskTicket, now: number): AnswerDue {
  const { answeringDesk, expectedBy } = ticket.plan;
  const answered = ticket.messages.some(
    (message) => message.author.kind === 'desk' && message.author.desk === answeringDesk,
  );
  const open = ticket.status !== 'resolved' && ticket.status !== 'closed';
  return {
    time: formatTime(expectedBy),
    late: open && !answered && Date.parse(expectedBy) <= now,
  };
}
