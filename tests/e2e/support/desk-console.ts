/**
 * Page object of the desk console (examples/desk-console): the person plays one desk at a time,
 * opens tickets, hands off, accepts, answers, and drives the mock's clock. Locators use the
 * console's accessible names (labels, headings, button texts).
 * @internal
 */
import { expect } from 'vitest';
import type { Locator, Page, Response } from 'playwright-core';
import type { Desk, HandoffRequest, TicketStatus } from '@opin/support-sdk/desk';

/** Where the console talks to, which desk it plays first, and every desk (for names). */
export interface ConsoleOpenOptions {
  webBase: string;
  apiBase: string;
  deskId: string;
  desks: readonly Desk[];
  /** The demo's mail catcher (`?mail=`), if e-mail desks are to use it. */
  mailCatcher?: string;
  /** The demo's webhook receiver (`?hooks=`), if its pushes are to be shown. */
  webhookReceiver?: string;
}

/** One e-mail the backend sent to the played e-mail desk. */
export interface DeskEmail {
  subject: string;
  body: string;
}

/** The desk console, playing one desk, with at most one ticket open. */
export class DeskConsole {
  readonly page: Page;
  readonly #apiBase: string;
  readonly #desks: readonly Desk[];
  #ticketId: string | undefined;

  private constructor(page: Page, apiBase: string, desks: readonly Desk[]) {
    this.page = page;
    this.#apiBase = apiBase;
    this.#desks = desks;
  }

  /** Loads the console with `?api=` and `?desk=` and waits for the desk's queue. */
  static async open(page: Page, options: ConsoleOpenOptions): Promise<DeskConsole> {
    const console = new DeskConsole(page, options.apiBase, options.desks);
    const query = new URLSearchParams({ api: options.apiBase, desk: options.deskId });
    if (options.mailCatcher !== undefined) query.set('mail', options.mailCatcher);
    if (options.webhookReceiver !== undefined) query.set('hooks', options.webhookReceiver);
    await page.goto(`${options.webBase}/desk-console/?${query.toString()}`);
    await console.#queueHeading(options.deskId).waitFor();
    return console;
  }

  /** The desk's English name, as the console shows it. */
  deskName(id: string): string {
    return this.#desks.find((desk) => desk.id === id)?.name.en ?? id;
  }

  /**
   * Plays another desk with the "Play desk" select. The console starts clean: the open ticket
   * closes (open it again as this desk), and the notice and error go.
   */
  async play(deskId: string): Promise<void> {
    await this.page.getByLabel('Play desk').selectOption(deskId);
    await this.#queueHeading(deskId).waitFor();
    this.#ticketId = undefined;
  }

  /** Opens a ticket with "Open ticket by reference". */
  async openTicket(id: string): Promise<void> {
    await this.page.getByLabel('Open ticket by reference').fill(id);
    await this.page.getByRole('button', { name: 'Open', exact: true }).click();
    this.#ticketId = id;
    await this.page.getByRole('heading', { level: 2, name: new RegExp(`^${id}: `) }).waitFor();
  }

  /** The sentence saying what the open ticket means to the played desk. */
  async role(): Promise<string> {
    return this.#ticket().locator('p.role').innerText();
  }

  /**
   * The queue entry of a ticket: a button with its reference, a _New_ mark until the played desk
   * opens it, its subject, status, language, age and marks.
   */
  queueEntry(id: string): Locator {
    return this.page
      .getByRole('region', { name: /^Queue of / })
      .getByRole('button', { name: new RegExp(`^${id} `) });
  }

  /**
   * How the queue stays current: `live` (the desk's event stream), `connecting`, `polling` (no
   * stream), or `off` (an e-mail desk, polled).
   */
  async feedMode(): Promise<string | null> {
    return this.page.locator('.feed-status').getAttribute('data-mode');
  }

  /** The last pushes of the event stream, newest first, e.g. `Push: ticket.received OPIN-… (seq 1)`. */
  async pushes(): Promise<string[]> {
    const entries = await this.page.getByRole('list', { name: 'Last pushes' }).locator('li').all();
    return Promise.all(entries.map(async (li) => (await li.innerText()).replace(/,[^,]*$/, '')));
  }

  /** What the webhook receiver panel lists, newest first, e.g. `ticket.received OPIN-… (seq 1) for opin`. */
  async webhookPushes(): Promise<string[]> {
    const entries = await this.page
      .getByRole('region', { name: 'Webhook receiver' })
      .locator('li')
      .all();
    return Promise.all(entries.map(async (li) => (await li.innerText()).replace(/,.*$/s, '')));
  }

  /** The red and grey marks of a ticket in the queue, e.g. `Hand-off returned to you (expired)`. */
  async queueMarks(id: string): Promise<string[]> {
    const entry = this.queueEntry(id);
    return (await entry.count()) === 0 ? [] : entry.locator('.mark').allInnerTexts();
  }

  /** The open ticket's state of its hand-off (`pending`, `accepted`, `returned`), if any. */
  async handoffState(): Promise<string | null> {
    const state = this.#ticket()
      .getByRole('region', { name: 'Routing and hand-off' })
      .locator('.handoff-state');
    return (await state.count()) === 0 ? null : state.innerText();
  }

  /** The open ticket's learner-facing status as the facts list shows it, e.g. `Resolved`. */
  async status(): Promise<string> {
    return this.#ticket()
      .getByRole('region', { name: 'Ticket details' })
      .locator('.status')
      .innerText();
  }

  /** The conversation: messages to and from the learner and internal notes, oldest first. */
  async thread(): Promise<string[]> {
    return this.#ticket().locator('.thread-entry').allInnerTexts();
  }

  /** Clicks "Open planned hand-off (…)", the routing advice in one click. */
  async openPlannedHandoff(): Promise<void> {
    await this.#act(this.#ticket().getByRole('button', { name: /^Open planned hand-off/ }));
  }

  /** Hands the open ticket off with the form: consult or transfer, to a desk, with a note. */
  async handOff(mode: HandoffRequest['mode'], to: string, note: string): Promise<void> {
    const form = this.#ticket();
    const radio = mode === 'consult' ? /^Consult — / : /^Transfer — /;
    await form.getByRole('radio', { name: radio }).check();
    await form.getByLabel('To desk').selectOption(to);
    await form.getByLabel('Note to the other desk (internal, optional)').fill(note);
    await this.#act(form.getByRole('button', { name: 'Hand off', exact: true }));
  }

  /** "Accept hand-off", for the desk the hand-off waits for. */
  async accept(): Promise<void> {
    await this.#act(this.#ticket().getByRole('button', { name: 'Accept hand-off' }));
  }

  /**
   * Declines the hand-off with a reason. The console then closes the ticket: a desk that declined
   * no longer reads it (least privilege).
   */
  async decline(reason: string): Promise<void> {
    await this.#ticket().getByLabel('Reason for declining').fill(reason);
    await this.#act(this.#ticket().getByRole('button', { name: 'Decline', exact: true }), {
      closesTicket: true,
    });
  }

  /** Sends a message to the learner in the ticket's language (the preset). */
  async writeToLearner(text: string): Promise<void> {
    await this.#write('Message to the learner', text);
  }

  /** Adds an internal note; for an assisting desk it is the consult answer. */
  async addInternalNote(text: string): Promise<void> {
    await this.#write('Internal note (desks only)', text);
  }

  /** Sets a status with "New status" and "Change status". */
  async changeStatus(status: Exclude<TicketStatus, 'closed'>): Promise<void> {
    await this.#ticket().getByLabel('New status').selectOption(status);
    await this.#act(this.#ticket().getByRole('button', { name: 'Change status' }));
  }

  /** "Resolve". */
  async resolve(): Promise<void> {
    await this.#act(this.#ticket().getByRole('button', { name: 'Resolve', exact: true }));
  }

  /** "Advance server clock by 4 h": unanswered hand-offs return. */
  async advanceClock(): Promise<void> {
    await this.#act(this.page.getByRole('button', { name: 'Advance server clock by 4 h' }));
  }

  /** The e-mails the backend sent to the played e-mail desk, newest first. */
  async emails(): Promise<DeskEmail[]> {
    const mails = this.page.getByRole('region', { name: /^E-mail to / }).getByRole('listitem');
    const result: DeskEmail[] = [];
    for (const mail of await mails.all()) {
      result.push({
        subject: await mail.getByRole('heading').innerText(),
        body: await mail.locator('.mail-body').innerText(),
      });
    }
    return result;
  }

  /** "Answer by e-mail": the reply goes through the inbound e-mail bridge. */
  async answerByEmail(text: string): Promise<void> {
    await this.#ticket().getByLabel('Reply text').fill(text);
    await this.#act(this.#ticket().getByRole('button', { name: 'Answer by e-mail' }));
  }

  /**
   * "Answer by e-mail" with the mail catcher (`?mail=`): the answer goes over SMTP to the support
   * server. Resolves with what the console says the server answered.
   */
  async answerCaughtMail(text: string): Promise<string> {
    const pane = this.#ticket();
    await pane.getByLabel('Reply text').fill(text);
    const result = pane.locator('.mail-result[role="status"]');
    await pane.getByRole('button', { name: 'Answer by e-mail' }).click();
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).not.toBe('');
    return result.innerText();
  }

  #queueHeading(deskId: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: `Queue of ${this.deskName(deskId)}` });
  }

  /** The open ticket's pane. */
  #ticket(): Locator {
    if (this.#ticketId === undefined) throw new Error('Open a ticket first.');
    return this.page.getByRole('region', { name: 'Open ticket' });
  }

  async #write(sendAs: string, text: string): Promise<void> {
    const form = this.#ticket();
    await form.getByRole('radio', { name: sendAs }).check();
    await form.getByLabel('Text', { exact: true }).fill(text);
    await this.#act(form.getByRole('button', { name: 'Send', exact: true }));
  }

  /**
   * Clicks a control that changes something on the server and waits for that request; a refused
   * request fails with the console's alert text (code, status, message). When the answer is the
   * open ticket, waits until the console shows that version, so the next step acts on it; with
   * `closesTicket`, until the console has closed the ticket instead.
   */
  async #act(control: Locator, { closesTicket = false } = {}): Promise<void> {
    const changed = this.page.waitForResponse(
      (response) =>
        response.url().startsWith(this.#apiBase) && response.request().method() !== 'GET',
    );
    await control.click();
    const response: Response = await changed;
    if (!response.ok()) {
      const alert = this.page.getByRole('alert');
      await alert.waitFor();
      throw new Error(`The console reported: ${await alert.innerText()}`);
    }
    if (closesTicket) {
      const pane = this.page.getByRole('region', { name: 'Open ticket' });
      await pane.getByText('Choose a ticket from the queue.').waitFor();
      this.#ticketId = undefined;
      return;
    }
    const ticket = await readTicketVersion(response);
    if (ticket !== undefined && ticket.id === this.#ticketId) {
      const { version } = ticket;
      await expect.poll(() => this.#shownVersion()).toBeGreaterThanOrEqual(version);
    }
  }

  /** The version of the open ticket the console shows ("Created / updated … (version 3)"). */
  async #shownVersion(): Promise<number> {
    const facts = this.#ticket().getByRole('region', { name: 'Ticket details' });
    const text = await facts.getByText(/\(version \d+\)/).innerText();
    return Number(/\(version (\d+)\)/.exec(text)?.[1] ?? '0');
  }
}

/** The `{id, version}` of a ticket in a response body, if it is one. */
async function readTicketVersion(
  response: Response,
): Promise<{ id: string; version: number } | undefined> {
  const body: unknown = await response.json().catch(() => undefined);
  if (typeof body !== 'object' || body === null) return undefined;
  const { id, version } = body as { id?: unknown; version?: unknown };
  return typeof id === 'string' && typeof version === 'number' ? { id, version } : undefined;
}
