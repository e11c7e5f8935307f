/**
 * The ticket's timeline, its messages and the freshness notes of e-mail desks, rendered as text
 * (`<time datetime>` for every moment; message bodies never as HTML).
 * @internal
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Ticket } from '@opin/support-sdk';
import { describeEvent } from '../../text/timeline.js';
import { renderTime } from '../../ui/time.js';

/** The ownership timeline as an ordered list. */
export function renderTimeline(
  ticket: Ticket,
  locale: Locale,
  name: (id: string) => string,
): TemplateResult {
  return html`<ol class="timeline">
    ${ticket.timeline.map(
      (event, index) =>
        html`<li>
          ${renderTime(event.at, locale)}
          <span>${describeEvent(ticket, index, name)}</span>
        </li>`,
    )}
  </ol>`;
}

/** The messages between the learner and the answering desk. */
export function renderMessages(
  ticket: Ticket,
  locale: Locale,
  name: (id: string) => string,
): TemplateResult {
  if (ticket.messages.length === 0) {
    return html`<p class="muted">${msg('No messages yet.')}</p>`;
  }
  return html`<ol class="messages">
    ${ticket.messages.map((message) => {
      const author =
        message.author.kind === 'learner'
          ? msg('You', { desc: 'Author of the learner’s own messages.' })
          : name(message.author.desk);
      return html`<li class=${message.author.kind}>
        <p class="meta"><strong>${author}</strong> · ${renderTime(message.at, locale)}</p>
        <p class="body" lang=${message.language}>${message.body}</p>
      </li>`;
    })}
  </ol>`;
}

/** One honest note per e-mail desk: this view only learns of its work when it replies. */
export function renderFreshness(
  ticket: Ticket,
  locale: Locale,
  name: (id: string) => string,
): TemplateResult | typeof nothing {
  const emailDesks = ticket.desks.filter((desk) => desk.integration === 'email');
  if (emailDesks.length === 0) return nothing;
  return html`${emailDesks.map((desk) => {
    const deskName = name(desk.id);
    return html`<p class="notice">
      ${msg(str`${deskName} receives tickets by e-mail; this view updates when they reply.`, {
        desc: '1: desk name.',
      })}
      ${
        desk.lastSyncAt === null
          ? msg('No update from them yet.')
          : html`${msg('Last update:')} ${renderTime(desk.lastSyncAt, locale)}`
      }
    </p>`;
  })}`;
}
