/**
 * The freshness notes of e-mail desks: this view only learns of their work when they reply. Only
 * for the desks still involved: the owner, the desk helping it, and the target of a pending
 * hand-off; not a desk that has answered its consult or let a hand-off return.
 * @internal
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Ticket } from '@opin/support-sdk';
import { renderTime } from '../../ui/time.js';

/** One honest note per e-mail desk still involved: this view only learns of its work when it replies. */
export function renderFreshness(
  ticket: Ticket,
  locale: Locale,
  name: (id: string) => string,
): TemplateResult | typeof nothing {
  const involved = new Set([ticket.owner, ticket.assisting]);
  if (ticket.handoff?.state === 'pending') involved.add(ticket.handoff.to);
  const emailDesks = ticket.desks.filter(
    (desk) => desk.integration === 'email' && involved.has(desk.id),
  );
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
