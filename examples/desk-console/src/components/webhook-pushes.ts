/**
 * `<dc-webhook-pushes>`: what `pnpm demo`'s webhook receiver verified, newest first: the events
 * the support server signed and posted to it for the desk with the demo's webhook. This panel reads the receiver's own log every 2 s (not the API: the API's events reach the
 * console through the desk event stream). A failure to read it shows here, not in the alert region.
 * @internal
 */
import { html, nothing } from 'lit';
import { formatTime } from '../local-time.js';
import { LightElement } from '../light-element.js';
import { PollController } from '../poll-controller.js';
import type { ReceivedPush, WebhookReceiverClient } from '../webhook-receiver-client.js';

/** How often the receiver's log is read. */
const RECEIVER_POLL_MS = 2_000;
/** How many pushes are listed. */
const SHOWN = 10;

/** The receiver's pushes. */
export class WebhookPushes extends LightElement {
  static override properties = {
    client: { attribute: false },
    pushes: { state: true },
    problem: { state: true },
  };
  declare client: WebhookReceiverClient | undefined;
  declare pushes: readonly ReceivedPush[] | undefined;
  declare problem: string | undefined;

  readonly #poll = new PollController(this, RECEIVER_POLL_MS, () => this.#load());

  constructor() {
    super();
    this.client = undefined;
    this.pushes = undefined;
    this.problem = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('client')) {
      this.pushes = undefined;
      void this.#poll.run();
    }
  }

  override render() {
    const base = this.client?.base;
    return html`<h2 id="webhooks-heading">Webhook receiver</h2>
      <p class="hint">
        Signed pushes the support server posted to the demo's
        receiver${base ? html` <code>${base}</code>` : nothing}, verified with the demo's secret
        (read every ${RECEIVER_POLL_MS / 1000} s).
      </p>
      ${this.problem ? html`<p class="webhook-problem">${this.problem}</p>` : nothing}
      ${this.#list()}`;
  }

  #list() {
    if (this.pushes === undefined) return html`<p class="empty">Reading the receiver…</p>`;
    if (this.pushes.length === 0) return html`<p class="empty">No pushes received yet.</p>`;
    return html`<ol class="pushes webhook-pushes">
      ${this.pushes.slice(0, SHOWN).map(
        (push) =>
          html`<li class="push">
            <code class="push-type">${push.event.type}</code>
            <span class="push-ticket">${push.event.ticketId}</span>
            (seq ${push.event.seq}) for <span class="push-desk">${push.event.desk}</span>,
            <time datetime=${push.receivedAt}>${formatTime(push.receivedAt)}</time>${
              push.attempt !== undefined && push.attempt > 1
                ? html`, attempt ${push.attempt}`
                : nothing
            }
          </li>`,
      )}
    </ol>`;
  }

  async #load(): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      const pushes = await client.pushes();
      if (client !== this.client) return;
      this.pushes = pushes;
      this.problem = undefined;
    } catch (error) {
      if (client !== this.client) return;
      this.problem = error instanceof Error ? error.message : String(error);
    }
  }
}
