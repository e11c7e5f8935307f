/**
 * Page object of `<opin-support>` in a portal page, shared by the end-to-end tests, the consumer
 * test and the screenshots: the learner opens it, picks a language, chooses a topic and
 * institution, reads the routing preview, sends the form and follows the ticket. Controls are found
 * by their accessible names in the current UI language ({@link widgetWords}); Playwright's locators
 * pierce the widget's open shadow roots. Every wait is for something to appear, never for a time.
 * @internal
 */
import type { Locator, Page } from 'playwright-core';
import type { Locale, TicketAccess } from '@opin/support-sdk';
import { widgetWords, type WidgetWords } from './widget-words.js';

/** A step of the widget's panel (its element is `opin-support-<step>-step`). */
export type WidgetStep = 'start' | 'topic' | 'article' | 'form' | 'sent' | 'ticket';

/** A field of the ticket form. */
export type FormField = 'subject' | 'description' | 'email' | 'name';

/** What the learner types into the ticket form. */
export interface TicketForm {
  subject: string;
  description: string;
  email: string;
  name?: string;
}

/** The widget as the learner sees and uses it. */
export class LearnerWidget {
  readonly page: Page;
  #locale: Locale = 'fi';
  #access: TicketAccess | undefined;

  constructor(page: Page) {
    this.page = page;
  }

  /** The words of the UI language the learner is using. */
  get words(): WidgetWords {
    return widgetWords[this.#locale];
  }

  /** The `<opin-support>` element. */
  get host(): Locator {
    return this.page.locator('opin-support').first();
  }

  /** Clicks the launcher (named in `locale`) and waits for the start step. */
  async open(locale: Locale): Promise<void> {
    this.#locale = locale;
    await this.host.getByRole('button', { name: this.words.launcher }).click();
    await this.host.getByRole('dialog', { name: this.words.dialog }).waitFor();
    await this.#heading(this.words.startHeading).waitFor();
  }

  /** For an inline widget: waits for the start step in `locale`. */
  async waitForStart(locale: Locale): Promise<void> {
    this.#locale = locale;
    await this.#heading(this.words.startHeading).waitFor();
  }

  /** Waits until the start step lists the topic `title` (the topics come from the API). */
  async waitForTopic(title: string): Promise<void> {
    await this.step('start').getByRole('button', { name: title }).waitFor();
  }

  /** The panel's "Back" button: from an article or a topic back to where the learner came from. */
  async back(): Promise<void> {
    await this.host.getByRole('button', { name: this.words.back, exact: true }).click();
  }

  /** Switches the UI language with the header's language buttons ("FI Suomi", "SV Svenska"…). */
  async pickLanguage(locale: Locale): Promise<void> {
    const name = `${locale.toUpperCase()} ${widgetWords[locale].autonym}`;
    await this.host.getByRole('button', { name, exact: true }).click();
    await this.host.getByRole('button', { name, exact: true, pressed: true }).waitFor();
    this.#locale = locale;
  }

  /** Chooses a topic on the start step by its title. */
  async chooseTopic(title: string): Promise<void> {
    await this.step('start').getByRole('button', { name: title }).click();
    await this.#heading(title).waitFor();
  }

  /** Chooses the learner's institution by its name in the UI language. */
  async chooseInstitution(name: string): Promise<void> {
    await this.step('topic').getByLabel(this.words.institution).selectOption({ label: name });
  }

  /** Chooses the learner's institution by its id (`helsinki`, `abo-akademi`…). */
  async chooseInstitutionById(id: string): Promise<void> {
    await this.step('topic').getByLabel(this.words.institution).selectOption({ value: id });
  }

  /** The routing preview's sentences on the topic step (empty while it loads). */
  async topicPreview(): Promise<string[]> {
    return this.step('topic').locator('.notice p').allInnerTexts();
  }

  /** Waits until the topic step's routing preview says `sentence`; returns where it says it. */
  async waitForTopicPreview(sentence: string): Promise<Locator> {
    const said = this.step('topic').locator('.notice p').getByText(sentence);
    await said.waitFor();
    return said;
  }

  /** "Write to support": on to the form. */
  async writeToSupport(): Promise<void> {
    await this.step('topic').getByRole('button', { name: this.words.writeToSupport }).click();
    await this.#heading(this.words.writeToSupport).waitFor();
  }

  /** A field of the ticket form, found by its label (the optional name's adds "(optional)"). */
  formField(field: FormField): Locator {
    return this.step('form').getByLabel(this.words[field], { exact: field !== 'name' });
  }

  /** Fills the ticket form. */
  async fillForm(form: TicketForm): Promise<void> {
    await this.formField('subject').fill(form.subject);
    await this.formField('description').fill(form.description);
    await this.formField('email').fill(form.email);
    if (form.name !== undefined) await this.formField('name').fill(form.name);
  }

  /** Clicks "Send" on a form the widget refuses, and waits until it marks `field` invalid. */
  async sendRefused(field: FormField): Promise<void> {
    await this.step('form').getByRole('button', { name: this.words.sendTicket }).click();
    await this.formField(field).and(this.host.locator('[aria-invalid="true"]')).waitFor();
  }

  /** Chooses the ticket's language (radios named Suomi · Svenska · English). */
  async chooseTicketLanguage(locale: Locale): Promise<void> {
    await this.step('form').getByRole('radio', { name: widgetWords[locale].autonym }).check();
  }

  /** The routing preview and privacy note on the form (empty while it loads). */
  async formPreview(): Promise<string[]> {
    return this.step('form').locator('.notice p').allInnerTexts();
  }

  /**
   * Sends the form and returns the reference the sent step shows, e.g. `OPIN-482019375568`. The
   * ticket's access token (from the server's answer) is kept in {@link access}.
   */
  async send(): Promise<string> {
    const created = this.page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' &&
        new URL(response.url()).pathname.endsWith('/tickets'),
    );
    await this.step('form').getByRole('button', { name: this.words.sendTicket }).click();
    this.#access = readAccess(await (await created).json());
    await this.#heading(this.words.sentHeading).waitFor();
    return this.step('sent').locator('.reference').innerText();
  }

  /**
   * From the topic step: writes to support with `form`, sends it and opens the live ticket view,
   * as a learner who does not stop to read the preview would. Returns the reference.
   */
  async fileAndFollow(form: TicketForm): Promise<string> {
    await this.writeToSupport();
    await this.fillForm(form);
    const id = await this.send();
    await this.followTicket(id);
    return id;
  }

  /** The key to the ticket sent last, for checking it through the learner API. */
  get access(): TicketAccess {
    if (!this.#access) throw new Error('No ticket has been sent yet.');
    return this.#access;
  }

  /** The sent step's paragraphs: reference, who answers, where updates arrive. */
  async sentText(): Promise<string[]> {
    return this.step('sent').locator('p').allInnerTexts();
  }

  /** "Follow your ticket": opens the live ticket view. */
  async followTicket(id: string): Promise<void> {
    await this.step('sent').getByRole('button', { name: this.words.follow }).click();
    await this.#heading(this.words.ticketHeading(id)).waitFor();
  }

  /**
   * What happened to the ticket in plain words (the notes between the messages of its thread:
   * hand-offs, status changes), oldest first, without the times.
   */
  async timeline(): Promise<string[]> {
    return this.step('ticket').locator('ol.thread > li.note > span').allInnerTexts();
  }

  /** Waits until the ticket view shows a message containing `text`. */
  async waitForMessage(text: string): Promise<void> {
    await this.step('ticket').locator('ol.thread > li.message').getByText(text).waitFor();
  }

  /**
   * The messages after the learner's first one (the ticket's description, which opens the thread)
   * as `<author>: <text>`, oldest first.
   */
  async messages(): Promise<string[]> {
    return this.step('ticket')
      .locator('ol.thread > li.message:not(:first-child)')
      .evaluateAll((items) =>
        items.map((item) => {
          const author = item.querySelector('.meta strong')?.textContent.trim() ?? '';
          const body = item.querySelector('.body')?.textContent.trim() ?? '';
          return `${author}: ${body}`;
        }),
      );
  }

  /**
   * The learner's own message that opens the ticket's thread (its subject and description), as
   * `<author>: <subject> / <text>`.
   */
  async openingMessage(): Promise<string> {
    return this.step('ticket')
      .locator('ol.thread > li:first-child')
      .evaluate((item) => {
        const text = (selector: string) => item.querySelector(selector)?.textContent.trim() ?? '';
        return `${text('.meta strong')}: ${text('.subject')} / ${text('.body')}`;
      });
  }

  /** The ticket's status as shown (e.g. `Ratkaistu`). */
  async status(): Promise<string> {
    return this.#fact(this.words.status);
  }

  /**
   * The sentences of the who-answers card (who answers, in which language, by when) on `step`:
   * the topic's preview, the form's, the confirmation or the ticket view; empty while it loads.
   */
  async planCard(step: 'topic' | 'form' | 'sent' | 'ticket'): Promise<string[]> {
    const texts = await this.step(step).locator('.plan p').allInnerTexts();
    return texts.map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** The notices of the ticket view: e-mail desk freshness notes, "resolved", "closed". */
  async notices(): Promise<string[]> {
    const texts = await this.step('ticket').locator('.notice').allInnerTexts();
    return texts.map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** Writes a reply in the ticket view and sends it. */
  async reply(text: string): Promise<void> {
    const step = this.step('ticket');
    await step.getByLabel(this.words.reply).fill(text);
    await step.getByRole('button', { name: this.words.sendReply }).click();
  }

  /** Every text the widget shows, through its shadow roots (to prove something is absent). */
  async visibleText(): Promise<string> {
    return this.host.evaluate((root) => {
      const parts: string[] = [];
      const walk = (node: Node): void => {
        if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
        node.childNodes.forEach(walk);
      };
      walk(root);
      return parts.join(' ').replace(/\s+/g, ' ');
    });
  }

  async #fact(term: string): Promise<string> {
    return this.step('ticket')
      .locator('dl.facts')
      .evaluate((list, wanted) => {
        const terms = [...list.querySelectorAll('dt')];
        const dt = terms.find((t) => t.textContent.trim() === wanted);
        return dt?.nextElementSibling?.textContent.trim() ?? '';
      }, term);
  }

  /** The element of a panel step, to find or scroll to what is in it. */
  step(name: WidgetStep): Locator {
    return this.host.locator(`opin-support-${name}-step`);
  }

  #heading(name: string): Locator {
    return this.host.getByRole('heading', { level: 2, name, exact: true });
  }
}

/** The `{ticket: {id}, accessToken}` of a `POST /tickets` answer. */
function readAccess(body: unknown): TicketAccess {
  const { ticket, accessToken } = (body ?? {}) as {
    ticket?: { id?: unknown };
    accessToken?: unknown;
  };
  if (typeof ticket?.id !== 'string' || typeof accessToken !== 'string') {
    throw new Error(`Unexpected answer to POST /tickets: ${JSON.stringify(body)}`);
  }
  return { id: ticket.id, accessToken };
}
