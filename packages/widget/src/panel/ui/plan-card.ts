/**
 * The who-answers card: who has the ticket and who answers, in which language, and by when — or,
 * once that time has passed without an answer, that the answer is late. The same card, in the same
 * words (`text/plan.ts`), in the routing preview, the confirmation and the ticket view.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Ticket } from '@opin/support-sdk';
import { answerDue, answerLate, whoAnswers, type PlanWords } from '../text/plan.js';

/**
 * Where the promise stands: `due` (an answer is expected by `expectedBy`), `late` (that time has
 * passed without one), or `kept` (the answering desk has written to the learner, or the ticket is
 * resolved or closed: no time to promise).
 */
export type PlanPhase = 'due' | 'late' | 'kept';

/** The phase of `ticket`'s plan at `now` (docs/design/domain.md: late is the client's call). */
export function planPhase(ticket: Ticket, now: number): PlanPhase {
  const { answeringDesk, expectedBy } = ticket.plan;
  const answered = ticket.messages.some(
    (message) => message.author.kind === 'desk' && message.author.desk === answeringDesk,
  );
  if (answered || ticket.status === 'resolved' || ticket.status === 'closed') return 'kept';
  return Date.parse(expectedBy) < now ? 'late' : 'due';
}

/** The card; its text is exactly the plan's sentences (the e2e suite compares it with the e-mail). */
export function renderPlanCard(words: PlanWords, phase: PlanPhase, locale: Locale): TemplateResult {
  return html`<div class="plan">
    <p>${whoAnswers(words)}</p>
    ${
      phase === 'kept'
        ? nothing
        : html`<p>${(phase === 'late' ? answerLate : answerDue)(words.expectedBy, locale)}</p>`
    }
  </div>`;
}
