/**
 * Registers the console's elements (guarded: a tag that is already taken is left alone, with a
 * warning). The only module with side effects besides `main.ts`.
 * @internal
 */
import { CaughtMailAnswerForm } from './components/caught-mail-answer-form.js';
import { DemoControls } from './components/demo-controls.js';
import { DeskConsoleApp } from './components/desk-console-app.js';
import { DeskPicker } from './components/desk-picker.js';
import { EmailOutbox } from './components/email-outbox.js';
import { EmailReplyForm } from './components/email-reply-form.js';
import { ErrorAlert } from './components/error-alert.js';
import { HandoffForm } from './components/handoff-form.js';
import { HandoffPanel } from './components/handoff-panel.js';
import { OpenByReference } from './components/open-by-reference.js';
import { QueueList } from './components/queue-list.js';
import { ReplyForm } from './components/reply-form.js';
import { StatusForm } from './components/status-form.js';
import { TestTicketForm } from './components/test-ticket-form.js';
import { TicketFacts } from './components/ticket-facts.js';
import { TicketThread } from './components/ticket-thread.js';
import { TicketTimeline } from './components/ticket-timeline.js';
import { TicketView } from './components/ticket-view.js';
import { WebhookPushes } from './components/webhook-pushes.js';

const elements: Readonly<Record<string, CustomElementConstructor>> = {
  'dc-caught-mail-answer-form': CaughtMailAnswerForm,
  'dc-demo-controls': DemoControls,
  'dc-desk-console-app': DeskConsoleApp,
  'dc-desk-picker': DeskPicker,
  'dc-email-outbox': EmailOutbox,
  'dc-email-reply-form': EmailReplyForm,
  'dc-error-alert': ErrorAlert,
  'dc-handoff-form': HandoffForm,
  'dc-handoff-panel': HandoffPanel,
  'dc-open-by-reference': OpenByReference,
  'dc-queue-list': QueueList,
  'dc-reply-form': ReplyForm,
  'dc-status-form': StatusForm,
  'dc-test-ticket-form': TestTicketForm,
  'dc-ticket-facts': TicketFacts,
  'dc-ticket-thread': TicketThread,
  'dc-ticket-timeline': TicketTimeline,
  'dc-ticket-view': TicketView,
  'dc-webhook-pushes': WebhookPushes,
};

/** Defines every console element whose tag is still free. */
export function defineConsoleElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(elements)) {
    const existing = registry.get(tag);
    if (existing === undefined) registry.define(tag, element);
    else if (existing !== element) console.warn(`<${tag}> is already defined; keeping that one.`);
  }
}
