/**
 * `<dc-test-ticket-form>`: files a ticket as a learner would through a portal's widget, so the
 * use cases can be played before the portal pages exist. Uses the learner client.
 * @internal
 */
import { html, nothing } from 'lit';
import type { Locale, Topic } from '@opin/support-sdk';
import type { Desk } from '@opin/support-sdk/desk';
import { OpenTicketEvent, requestAction } from '../events.js';
import { DeskChangeEvent } from './desk-picker.js';
import { languageLabel } from '../format.js';
import { LightElement } from '../light-element.js';
import { formText } from '../form-text.js';

const locales: readonly Locale[] = ['fi', 'sv', 'en'];

/** A learner's ticket form; opens the filed ticket in the console. */
export class TestTicketForm extends LightElement {
  static override properties = {
    desks: { attribute: false },
    deskId: { attribute: false },
    topics: { attribute: false },
  };
  declare desks: readonly Desk[];
  /** Preset as the receiving (origin) desk. */
  declare deskId: string;
  /** Every topic in English (loaded once by the app). */
  declare topics: readonly Topic[];

  constructor() {
    super();
    this.desks = [];
    this.deskId = '';
    this.topics = [];
  }

  override render() {
    const institutions = this.desks.filter((desk) => desk.id !== 'opin');
    const option = (desk: Desk, selected: boolean) =>
      html`<option value=${desk.id} ?selected=${selected}>${desk.name.en} (${desk.id})</option>`;
    return html`<form class="grid-form" @submit=${this.#submit}>
      <label
        >Received by (portal of)
        <select name="origin">
          ${this.desks.map((d) => option(d, d.id === this.deskId))}
        </select>
      </label>
      <label
        >Topic
        <select name="topicId" required>
          ${this.topics.map(
            (topic) =>
              html`<option value=${topic.id}>
                ${topic.title} — ${topic.kind}, owned by ${topic.owner}
              </option>`,
          )}
        </select>
      </label>
      <label
        >Institution
        <select name="institutionId">
          <option value="">none</option>
          ${institutions.map((d) => option(d, false))}
        </select>
      </label>
      <label
        >Language
        <select name="language">
          ${locales.map((l) => html`<option value=${l}>${languageLabel(l)}</option>`)}
        </select>
      </label>
      <label>Subject <input name="subject" required maxlength="200" value="Test ticket" /></label>
      <label
        >Learner's e-mail
        <input name="email" type="email" required value="learner@example.org" />
      </label>
      <label class="wide"
        >Description
        <textarea name="description" rows="3" required maxlength="10000">
Something is wrong.</textarea>
      </label>
      ${this.topics.length === 0 ? html`<p class="hint">Loading topics…</p>` : nothing}
      <button type="submit" class="primary">File test ticket</button>
    </form>`;
  }

  #submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const field = (name: string) => formText(data, name);
    const institutionId = field('institutionId');
    const body = {
      topicId: field('topicId'),
      origin: field('origin'),
      language: locales.find((l) => l === field('language')) ?? 'en',
      subject: field('subject'),
      description: field('description'),
      contact: { email: field('email') },
      ...(institutionId === '' ? {} : { institutionId }),
    };
    let filed = '';
    requestAction(this, {
      label: 'File test ticket',
      perform: async (s) => (filed = (await s.support.createTicket(body)).ticket.id),
      success: `Test ticket filed; now playing the desk that received it (${body.origin}).`,
      onSuccess: () => {
        this.dispatchEvent(new DeskChangeEvent(body.origin));
        this.dispatchEvent(new OpenTicketEvent(filed));
      },
    });
  };
}
