/**
 * Registers the elements that open with the panel — the panel itself and the steps of the `panel`
 * chunk (`steps/step-registry.ts`) — each only if its tag is free (another copy of the widget on
 * the page may have registered it already). The ticket steps register themselves when their chunk
 * loads (`steps/ticket-steps.ts`).
 * @internal
 */
import { defineFree } from './define-free.js';
import { OpinSupportPanel } from './panel.component.js';
import { ArticleStep } from './steps/article/article-step.js';
import { defineSteps } from './steps/define-steps.js';
import { StartStep } from './steps/start/start-step.js';
import { TopicStep } from './steps/topic/topic-step.js';

defineFree({ 'opin-support-panel': OpinSupportPanel });
defineSteps('panel', { start: StartStep, topic: TopicStep, article: ArticleStep });

declare global {
  interface HTMLElementTagNameMap {
    'opin-support-panel': OpinSupportPanel;
  }
}
