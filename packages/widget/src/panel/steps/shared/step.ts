/**
 * The panel's place in the journey (docs/design/widget.md, steps 1–7) as one union. What a step
 * needs to render lives here, outside the localized templates, so a language switch keeps it.
 * @internal
 */
import type { Article, Ticket, Topic } from '@opin/support-sdk';

/** One step of the learner's journey. */
export type Step =
  | {
      name: 'start';
      /** The article search the learner had typed, kept for Back (from an article, a topic). */
      query?: string;
    }
  | { name: 'topic'; topic: Topic }
  | { name: 'article'; article: Article; topic: Topic | null }
  | { name: 'form'; topic: Topic }
  | {
      name: 'sent';
      ticket: Ticket;
      accessToken: string;
    }
  | { name: 'ticket'; id: string; accessToken: string }
  | { name: 'my-tickets' };

/** The step names. */
export type StepName = Step['name'];

/** The step named `name`, e.g. `StepOf<'topic'>` is `{ name: 'topic'; topic: Topic }`. */
export type StepOf<Name extends StepName> = Extract<Step, { name: Name }>;
