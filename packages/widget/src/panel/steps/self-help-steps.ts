/**
 * The `self-help-steps` chunk (`step-registry.ts`): a topic and an article, registered in a module
 * of their own that the panel prefetches as soon as it has opened (`step-code.ts`), so the panel's
 * opening carries only the start step. Built as a lazy chunk of its own; what it shares with the
 * panel stays in the panel's chunk, which is always loaded first.
 * @internal
 */
import { ArticleStep } from './article/article-step.js';
import { defineSteps } from './define-steps.js';
import { TopicStep } from './topic/topic-step.js';

defineSteps('self-help-steps', { topic: TopicStep, article: ArticleStep });
