/**
 * The ticket as one conversation, oldest first: the learner's own message (subject and
 * description) opens it, then the messages as bubbles labelled with their author, and what
 * happened to the ticket (hand-offs, status changes) as small notes between them. Rendered as
 * text (`<time datetime>` for every moment; message bodies never as HTML).
 * @internal
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Message, Ticket } from '@opin/support-sdk';
import { describeEvent } from '../../text/timeline.js';
import { renderTime } from '../../ui/time.js';

/**
 * The thread as an ordered list. Each `message` event of the timeline marks where the next message
 * goes, so notes and bubbles keep the order in which things happened; every other event is a note.
 */
export function renderThread(
  ticket: Ticket,
  locale: Locale,
  name: (id: string) => string,
): TemplateResult {
  const you = msg('You', { desc: 'Author of the learner’s own messages.' });
  const bubble = (kind: string, author: string, at: string, body: TemplateResult) =>
    html`<li class="message ${kind}">
      <p class="meta"><strong>${author}</strong> · ${renderTime(at, locale)}</p>
      ${body}
    </li>`;
  const text = (body: string) => html`<p class="body" lang=${ticket.language}>${body}</p>`;
  const message = ({ author, at, body }: Message) =>
    author.kind === 'learner'
      ? bubble('learner', you, at, text(body))
      : bubble('desk', name(author.desk), at, text(body));
  const waiting = [...ticket.messages];
  const entries = ticket.timeline.map((event, index) => {
    if (event.type !== 'message') {
      return html`<li class="note">
        <span>${describeEvent(ticket, index, name)}</span> · ${renderTime(event.at, locale)}
      </li>`;
    }
    const next = waiting.shift();
    return next ? message(next) : nothing;
  });
  return html`<ol class="thread">
    ${bubble(
      'learner',
      you,
      ticket.createdAt,
      html`<p class="subject"><bdi lang=${ticket.language}>${ticket.subject}</bdi></p>
        ${text(ticket.description)}`,
    )}
    ${entries} ${waiting.map(message)}
  </ol>`;
}
