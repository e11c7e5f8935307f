/**
 * `<dc-ticket-facts>`: what was filed and where the ticket stands — subject, description,
 * contact, language, status, owner, who answers by when, assisting desk and every desk involved.
 * @internal
 */
import { html } from 'lit';
import type { Topic } from '@opin/support-sdk';
import { answerDue } from '../answer-due.js';
import { deskName, languageLabel, statusLabel, topicTitle } from '../format.js';
import { formatTime } from '../local-time.js';
import { TicketViewElement } from '../ticket-view-element.js';

/** The ticket's facts as a description list. */
export class TicketFacts extends TicketViewElement {
  static override properties = {
    ...TicketViewElement.properties,
    topics: { attribute: false },
    now: { attribute: false },
  };
  /** Every topic in English, for their titles. */
  declare topics: readonly Topic[];
  /** The console's now (`ConsoleClock`), for whether the answer is late. */
  declare now: Date;

  constructor() {
    super();
    this.topics = [];
    this.now = new Date();
  }

  override render() {
    const t = this.ticket;
    if (!t) return html``;
    const name = (id: string) => `${deskName(this.desks, id)} (${id})`;
    const due = answerDue(t, this.now.getTime());
    // The learner's name and subject are isolated (<bdi>): right-to-left text in them never
    // reorders what is around it.
    const contact = t.contact.name
      ? html`<bdi>${t.contact.name}</bdi> &lt;${t.contact.email}&gt;`
      : t.contact.email;
    return html`<dl class="facts">
        <dt>Status</dt>
        <dd><span class="status status-${t.status}">${statusLabel(t.status)}</span></dd>
        <dt>Language</dt>
        <dd>${languageLabel(t.language)} — every answer to the learner is in it</dd>
        <dt>Owner</dt>
        <dd>${name(t.owner)}</dd>
        <dt>Answer due</dt>
        <dd class="answer-due">
          ${name(t.plan.answeringDesk)} answers by
          <time datetime=${t.plan.expectedBy}>${due.time}</time>${
            due.late ? html` — <strong class="due-late">overdue</strong>` : ''
          }
        </dd>
        <dt>Assisting</dt>
        <dd>${t.assisting === null ? 'none' : name(t.assisting)}</dd>
        <dt>Received by</dt>
        <dd>${name(t.origin)}</dd>
        <dt>Topic</dt>
        <dd>${topicTitle(this.topics, t.topicId)}</dd>
        <dt>Institution</dt>
        <dd>${t.institutionId === null ? 'none' : name(t.institutionId)}</dd>
        <dt>Contact</dt>
        <dd>${contact}</dd>
        <dt>Created / updated</dt>
        <dd>
          <time datetime=${t.createdAt}>${formatTime(t.createdAt)}</time> /
          <time datetime=${t.updatedAt}>${formatTime(t.updatedAt)}</time> (version ${t.version})
        </dd>
      </dl>
      <h3>Description</h3>
      <p class="description">${t.description}</p>
      <h3>Desks involved</h3>
      <ul class="desks-involved">
        ${t.desks.map(
          (desk) =>
            html`<li>
              ${name(desk.id)} — ${desk.integration === 'email' ? 'e-mail' : 'realtime'}, last
              update
              ${
                desk.lastSyncAt === null
                  ? 'none yet'
                  : html`<time datetime=${desk.lastSyncAt}>${formatTime(desk.lastSyncAt)}</time>`
              }
            </li>`,
        )}
      </ul>`;
  }
}
