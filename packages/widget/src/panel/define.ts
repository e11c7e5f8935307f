/**
 * Registers the panel's internal elements that open with it, each only if its tag is free (another
 * copy of the widget on the page may have registered it already). The ticket steps register
 * themselves when loaded (`steps/ticket-steps.ts`).
 * @internal
 */
import { OpinSupportPanel } from './panel.component.js';
import { ArticleStep } from './steps/article-step.js';
import type { FormStep } from './steps/form-step.js';
import type { MyTicketsStep } from './steps/my-tickets-step.js';
import type { SentStep } from './steps/sent-step.js';
import { StartStep } from './steps/start-step.js';
import type { TicketStep } from './steps/ticket-step.js';
import { TopicStep } from './steps/topic-step.js';
import { defineFree } from './define-free.js';

defineFree({
  'opin-support-panel': OpinSupportPanel,
  'opin-support-start-step': StartStep,
  'opin-support-topic-step': TopicStep,
  'opin-support-article-step': ArticleStep,
});

declare global {
  interface HTMLElementTagNameMap {
    'opin-support-panel': OpinSupportPanel;
    'opin-support-start-step': StartStep;
    'opin-support-topic-step': TopicStep;
    'opin-support-article-step': ArticleStep;
    'opin-support-form-step': FormStep;
    'opin-support-sent-step': SentStep;
    'opin-support-ticket-step': TicketStep;
    'opin-support-my-tickets-step': MyTicketsStep;
  }
}
