/**
 * The console's main area as a template: the queue (with how it stays current and the last
 * pushes), the open ticket, the e-mail desk's inbox, `pnpm demo`'s webhook receiver and the
 * test-ticket form.
 * @internal
 */
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Topic } from '@opin/support-sdk';
import type { Desk, DeskTicket } from '@opin/support-sdk/desk';
import type { DeskMail } from '../desk-mail.js';
import type { FeedMode } from '../event-feed-controller.js';
import type { PushEntry } from '../push-log.js';
import type { WebhookReceiverClient } from '../webhook-receiver-client.js';
import { feedStatus } from './feed-status.js';

/** What the main area shows. */
export interface ConsoleView {
  desks: readonly Desk[];
  /** The played desk. */
  desk: Desk;
  queue: readonly DeskTicket[];
  ticket: DeskTicket | undefined;
  inbox: readonly DeskMail[];
  /** True when the e-mails come from `pnpm demo`'s mail catcher (`?mail=`). */
  catcher: boolean;
  refreshedAt: Date | undefined;
  /** The console's now at the last refresh (`ConsoleClock`). */
  now: Date;
  refreshMs: number;
  /** How the queue stays current (the event stream or polling). */
  feedMode: FeedMode;
  /** The last pushes from the event stream, newest first. */
  pushes: readonly PushEntry[];
  /** `pnpm demo`'s webhook receiver (`?hooks=`), whose pushes get a panel. */
  webhookReceiver: WebhookReceiverClient | undefined;
  /** Every topic in English; empty until loaded. */
  topics: readonly Topic[];
  /** The tickets the played desk has opened. */
  seenIds: ReadonlySet<string>;
}

/** Renders the main area (the header and alert region belong to the app). */
export function consoleLayout(view: ConsoleView) {
  const { desks, desk, ticket, inbox } = view;
  const email = desk.deskEmail;
  return html`<main class="layout ${email ? 'with-mail' : ''}">
      <section class="queue-pane" aria-labelledby="queue-heading">
        <h2 id="queue-heading" tabindex="-1">Queue of ${desk.name.en}</h2>
        ${feedStatus({
          mode: view.feedMode,
          refreshMs: view.refreshMs,
          refreshedAt: view.refreshedAt,
          pushes: view.pushes,
        })}
        <dc-queue-list
          .queue=${view.queue}
          .deskId=${desk.id}
          .desks=${desks}
          .selectedId=${ticket?.id}
          .seenIds=${view.seenIds}
          .now=${view.now}
        ></dc-queue-list>
        <dc-open-by-reference></dc-open-by-reference>
      </section>
      <section class="ticket-pane" aria-label="Open ticket">
        ${
          ticket
            ? html`<dc-ticket-view
                .ticket=${ticket}
                .desks=${desks}
                .deskId=${desk.id}
                .inbox=${email ? inbox : undefined}
                .catcher=${view.catcher}
                .topics=${view.topics}
                .now=${view.now}
              ></dc-ticket-view>`
            : html`<p class="empty">Choose a ticket from the queue.</p>`
        }
      </section>
      ${
        email
          ? html`<section class="mail-pane" aria-labelledby="mail-heading">
              <h2 id="mail-heading">E-mail to ${email}</h2>
              <p class="hint">
                ${
                  view.catcher
                    ? 'As the mail catcher caught it: sent by the support server over SMTP.'
                    : "From the mock server's outbox."
                }
              </p>
              <dc-email-outbox .emails=${inbox} .deskEmail=${email}></dc-email-outbox>
            </section>`
          : nothing
      }
    </main>
    ${
      view.webhookReceiver
        ? html`<section class="webhook-pane" aria-labelledby="webhooks-heading">
            <dc-webhook-pushes .client=${view.webhookReceiver}></dc-webhook-pushes>
          </section>`
        : nothing
    }
    <section class="file-pane" aria-labelledby="file-heading">
      <h2 id="file-heading">File a test ticket (as a learner)</h2>
      <p class="hint">
        Stands in for a portal's widget: the ticket is filed through the learner API.
      </p>
      ${keyed(
        desk.id,
        html`<dc-test-ticket-form
          .desks=${desks}
          .deskId=${desk.id}
          .topics=${view.topics}
        ></dc-test-ticket-form>`,
      )}
    </section>`;
}
