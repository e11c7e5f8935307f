/**
 * `<dc-desk-console-app>`: the desk console. The person picks a desk and plays it against the
 * mock API: queue, one open ticket, the desk's e-mail (for e-mail desks), and the demo controls.
 * A real-time desk follows its event stream (`GET /desk/events`): each push refreshes the queue
 * and the open ticket, and a short log shows the last pushes; the console polls only while the
 * stream cannot be opened. An e-mail desk, whose mail has no events, is refreshed every few
 * seconds. Everything is refreshed after each action. Every failure shows in the alert region.
 * Playing another desk starts clean: the open ticket, the notice and the error belong to the
 * desk played before; the status region says which desk plays now. Ages and due times are
 * measured at the console's now (`ConsoleClock`), which follows the mock server's clock.
 * @internal
 */
import { html, nothing } from 'lit';
import { createSupportClient, type Topic } from '@opin/support-sdk';
import type { Desk, DeskTicket } from '@opin/support-sdk/desk';
import { readConsoleConfig } from '../config.js';
import { describeError, type ErrorReport } from '../describe-error.js';
import type { DeskMail } from '../desk-mail.js';
import { loadDeskSnapshot } from '../desk-snapshot.js';
import { consoleLayout } from './console-layout.js';
import type { ConsoleActionEvent, OpenTicketEvent } from '../events.js';
import { deskName } from '../format.js';
import { EventFeedController, type FeedMode } from '../event-feed-controller.js';
import { LightElement } from '../light-element.js';
import { rememberInAddress } from '../page-address.js';
import { PollController } from '../poll-controller.js';
import { withPush, type PushEntry } from '../push-log.js';
import { markSeen, readSeen } from '../seen-tickets.js';
import { createServices, type ConsoleServices } from '../services.js';
import { createWebhookReceiverClient } from '../webhook-receiver-client.js';

/** The whole console; reads its settings from the page address (`../config.ts`). */
export class DeskConsoleApp extends LightElement {
  /**
   * How often the console polls when it does not follow an event stream (ms), read when an
   * element is made. Tests lower it to show that a live console does not poll.
   */
  static refreshMs = 4_000;

  static override properties = {
    desks: { state: true },
    deskId: { state: true },
    queue: { state: true },
    ticket: { state: true },
    inbox: { state: true },
    error: { state: true },
    notice: { state: true },
    refreshedAt: { state: true },
    now: { state: true },
    topics: { state: true },
    seenIds: { state: true },
    feedMode: { state: true },
    pushes: { state: true },
  };
  declare desks: readonly Desk[] | undefined;
  declare deskId: string;
  declare queue: readonly DeskTicket[];
  declare ticket: DeskTicket | undefined;
  declare inbox: readonly DeskMail[];
  declare error: ErrorReport | undefined;
  declare notice: string;
  declare refreshedAt: Date | undefined;
  /** The console's now (`ConsoleClock`) at the last refresh. */
  declare now: Date;
  /** Every topic in English, loaded once (empty until then). */
  declare topics: readonly Topic[];
  /** The tickets the played desk has opened in this browser. */
  declare seenIds: ReadonlySet<string>;
  /** How the console stays current: the event stream (`live`) or polling. */
  declare feedMode: FeedMode;
  /** The last pushes from the event stream, newest first. */
  declare pushes: readonly PushEntry[];

  readonly #config = readConsoleConfig(location.search);
  readonly #webhookReceiver =
    this.#config.webhookReceiver === undefined
      ? undefined
      : createWebhookReceiverClient(this.#config.webhookReceiver);
  readonly #refreshMs = DeskConsoleApp.refreshMs;
  readonly #poll = new PollController(
    this,
    this.#refreshMs,
    () => this.#refresh(),
    () => this.#onTimer(),
  );
  readonly #feed = new EventFeedController(this, {
    event: (event) => {
      this.pushes = withPush(this.pushes, event, new Date());
      void this.#poll.run();
    },
    catchUp: () => void this.#poll.run(),
    mode: (mode) => (this.feedMode = mode),
  });
  #services: ConsoleServices | undefined;
  #selectedId: string | undefined = this.#config.ticketId;

  constructor() {
    super();
    this.desks = undefined;
    this.deskId = '';
    this.queue = [];
    this.ticket = undefined;
    this.inbox = [];
    this.error = undefined;
    this.notice = this.#config.problem ?? '';
    this.refreshedAt = undefined;
    this.now = new Date();
    this.topics = [];
    this.seenIds = new Set();
    this.feedMode = 'off';
    this.pushes = [];
    this.addEventListener('dc-action', (e) => void this.#run(e));
    this.addEventListener('dc-open-ticket', (e) => void this.#open(e));
    this.addEventListener('dc-desk-change', (e) => this.#play(e.deskId));
    this.addEventListener('dc-dismiss', () => (this.error = undefined));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.desks === undefined) void this.#loadDesks();
  }

  override render() {
    const desk = this.desks?.find((d) => d.id === this.deskId);
    return html`<header class="top">
        <h1>Opin.fi desk console</h1>
        <p class="api">
          Mock API <code>${this.#config.apiBase}</code> (change with <code>?api=</code>)${
            this.#config.mailCatcher
              ? html`; mail catcher <code>${this.#config.mailCatcher}</code>`
              : nothing
          }${
            this.#config.webhookReceiver
              ? html`; webhook receiver <code>${this.#config.webhookReceiver}</code>`
              : nothing
          }
        </p>
        ${
          this.desks
            ? html`<dc-desk-picker .desks=${this.desks} .deskId=${this.deskId}></dc-desk-picker>`
            : nothing
        }
        <dc-demo-controls></dc-demo-controls>
      </header>
      <p class="notice" role="status">${this.notice}</p>
      <dc-error-alert .report=${this.error}></dc-error-alert>
      ${
        this.desks && desk
          ? consoleLayout({
              desks: this.desks,
              desk,
              queue: this.queue,
              ticket: this.ticket,
              inbox: this.inbox,
              catcher: this.#config.mailCatcher !== undefined,
              refreshedAt: this.refreshedAt,
              now: this.now,
              refreshMs: this.#refreshMs,
              feedMode: this.feedMode,
              pushes: this.pushes,
              webhookReceiver: this.#webhookReceiver,
              topics: this.topics,
              seenIds: this.seenIds,
            })
          : this.#loading()
      }`;
  }

  #loading() {
    return html`<main class="layout">
      <p>
        Loading desks from the API…
        <button type="button" @click=${() => void this.#loadDesks()}>Try again</button>
      </p>
    </main>`;
  }

  async #loadDesks(): Promise<void> {
    try {
      const support = createSupportClient({ baseUrl: this.#config.apiBase, timeout: 5_000 });
      const desks = await support.listDesks();
      this.desks = desks;
      this.error = undefined;
      const wanted = desks.find((d) => d.id === this.#config.deskId) ?? desks[0];
      if (wanted) this.#play(wanted.id);
    } catch (error) {
      this.error = describeError('Load desks', error);
    }
  }

  #play(deskId: string): void {
    if (!this.desks || deskId === this.deskId) return;
    const switching = this.deskId !== '';
    if (switching) this.#leaveDesk();
    this.deskId = deskId;
    // Said in the status region; focus stays where the person is (the desk picker).
    if (switching) this.notice = `Now playing ${deskName(this.desks, deskId)}`;
    this.#services = createServices(
      this.#config.apiBase,
      deskId,
      this.desks,
      this.#config.mailCatcher,
    );
    this.queue = [];
    this.inbox = [];
    this.pushes = [];
    this.seenIds = new Set(readSeen(deskId));
    rememberInAddress('desk', deskId);
    // The queue is read now and again once the stream opens (the feed's `catchUp`).
    const desk = this.desks.find((d) => d.id === deskId);
    this.#feed.follow(desk?.integration === 'realtime' ? this.#services.followEvents : undefined);
    void this.#poll.run();
  }

  /** Every few seconds: poll, unless the event stream keeps the console current. */
  #onTimer(): void {
    if (this.#feed.mode !== 'live') {
      void this.#poll.run();
      return;
    }
    // Ages and due times move on without a request.
    if (this.#services) this.now = this.#services.clock.now();
  }

  /** Forgets what belongs to the desk played until now: its open ticket, notice and error. */
  #leaveDesk(): void {
    this.#selectedId = undefined;
    this.ticket = undefined;
    this.notice = '';
    this.error = undefined;
    this.refreshedAt = undefined;
    rememberInAddress('ticket', undefined);
  }

  async #run(event: ConsoleActionEvent): Promise<void> {
    const { action } = event;
    const services = this.#services;
    if (!services) return;
    try {
      await action.perform(services);
      if (services !== this.#services) return;
      if (this.error?.action !== 'Refresh') this.error = undefined;
      // After onSuccess, which may play another desk (a filed test ticket) and so clear notices.
      action.onSuccess?.();
      if (action.success !== '') this.notice = action.success;
    } catch (error) {
      const playedBefore =
        services === this.#services ? '' : ` (as ${deskName(services.desks, services.deskId)})`;
      this.notice = '';
      this.error = describeError(`${action.label}${playedBefore}`, error);
    }
    await this.#poll.run();
  }

  async #open(event: OpenTicketEvent): Promise<void> {
    this.#selectedId = event.ticketId;
    rememberInAddress('ticket', event.ticketId);
    this.ticket = this.queue.find((t) => t.id === event.ticketId);
    if (this.ticket) this.#markSeen(this.ticket.id);
    if (event.ticketId !== undefined) await this.#poll.run();
    await this.updateComplete;
    const heading = event.ticketId === undefined ? '#queue-heading' : '#ticket-heading';
    this.querySelector<HTMLElement>(heading)?.focus();
  }

  async #refresh(): Promise<void> {
    const services = this.#services;
    if (!services) return;
    const openId = this.#selectedId;
    const topicsLoaded = this.topics.length === 0 ? this.#loadTopics(services) : undefined;
    try {
      const [snapshot] = await Promise.all([
        loadDeskSnapshot(services, openId),
        topicsLoaded,
        services.clock.sync(),
      ]);
      if (services !== this.#services) return;
      this.queue = snapshot.queue;
      this.inbox = snapshot.inbox;
      if (openId !== undefined && openId === this.#selectedId) {
        this.ticket = snapshot.ticket;
        if (snapshot.ticket) this.#markSeen(openId);
        if (snapshot.hidden !== undefined) this.#hide(openId, snapshot.hidden);
      }
      this.refreshedAt = new Date();
      this.now = services.clock.now();
      if (this.error?.action === 'Refresh') this.error = undefined;
    } catch (error) {
      if (services !== this.#services) return;
      if (this.error === undefined || this.error.action === 'Refresh') {
        this.error = describeError('Refresh', error);
      }
    }
  }

  /** The topics once; after a failure, again on the next refresh. Never rejects. */
  async #loadTopics(services: ConsoleServices): Promise<void> {
    try {
      this.topics = await services.support.listTopics({ locale: 'en' });
      if (this.error?.action === 'Load topics') this.error = undefined;
    } catch (error) {
      this.error ??= describeError('Load topics', error);
    }
  }

  #markSeen(ticketId: string): void {
    if (this.seenIds.has(ticketId)) return;
    markSeen(this.deskId, ticketId);
    this.seenIds = new Set([...this.seenIds, ticketId]);
  }

  #hide(id: string, code: string): void {
    const desk = deskName(this.desks ?? [], this.deskId);
    this.notice = `${id} is not visible to ${desk} (${code}).`;
    this.#selectedId = undefined;
    rememberInAddress('ticket', undefined);
  }
}
