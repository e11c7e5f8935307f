/**
 * The learner ticket every benchmark files: a valid `POST /tickets` body (docs/design/api.md) for
 * an Opin.fi topic, so no institution is needed.
 * @internal
 */
import type { CreateTicketRequest } from '@opin/support-sdk';

/** A plausible Finnish sign-in ticket filed on Opin.fi's own portal. */
export const benchTicketRequest: CreateTicketRequest = {
  topicId: 'sign-in',
  origin: 'opin',
  language: 'fi',
  subject: 'Kirjautuminen ei onnistu',
  description: 'Yritän kirjautua Opin.fi-palveluun, mutta sivu palaa aina etusivulle.',
  contact: { email: 'oppija@example.fi', name: 'Aino Oppija' },
};

/** The id of the ticket in a `201 {ticket, accessToken}` body, or `undefined` if there is none. */
export function createdTicketId(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || !('ticket' in parsed)) return undefined;
  const { ticket } = parsed;
  if (typeof ticket !== 'object' || ticket === null || !('id' in ticket)) return undefined;
  return typeof ticket.id === 'string' ? ticket.id : undefined;
}
