/**
 * The returning learner's ticket, first on the start step: the newest ticket this browser knows,
 * unless it is closed, as a card that says what is new ("New reply from Opin.fi support") or where
 * it stands, and opens it.
 * @internal
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { unseenReplyFrom, type KnownTicket } from '../../stores/unseen-reply.js';
import { statusLabel } from '../../text/statuses.js';

/** The newest remembered ticket and what the server says of it now. */
export type LatestTicket = KnownTicket;

/** The card, or nothing once the ticket is closed (it is still under "My tickets"). */
export function renderLatestTicket(
  latest: LatestTicket,
  name: (desk: string) => string,
  onOpen: () => void,
): TemplateResult | typeof nothing {
  const { ticket } = latest;
  if (ticket.status === 'closed') return nothing;
  const replyFrom = unseenReplyFrom(latest);
  const desk = replyFrom === null ? '' : name(replyFrom);
  return html`<div class="notice latest">
    <p>
      <strong>
        ${replyFrom === null ? statusLabel(ticket.status) : msg(str`New reply from ${desk}`, { desc: '1: desk name.' })}
      </strong>
    </p>
    <p><bdi lang=${ticket.language}>${ticket.subject}</bdi> · ${ticket.id}</p>
    <button type="button" class="primary" @click=${onOpen}>${msg('Open your ticket')}</button>
  </div>`;
}
