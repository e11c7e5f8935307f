/**
 * The desks' side of a screenshot run, through the SDK's desk client (keys `dev-<deskId>`):
 * Opin.fi support opens the planned transfer and the institution takes the ticket and answers —
 * a realtime desk through the API, an e-mail desk through the inbound e-mail bridge.
 * @internal
 */
import { createMockControl } from '@opin/support-mock-server/control';
import { createDeskClient } from '@opin/support-sdk/desk';
import type { Scenario } from './scenarios.js';

/** Hands the ticket to the institution the routing planned and lets it answer the learner. */
export async function transferAndAnswer(
  apiBase: string,
  ticketId: string,
  scenario: Scenario,
): Promise<void> {
  const deskClient = (deskId: string) =>
    createDeskClient({ baseUrl: apiBase, deskKey: `dev-${deskId}` });
  const opin = deskClient('opin');
  const ticket = await opin.getTicket(ticketId);
  const planned = ticket.plannedHandoff;
  if (planned?.mode !== 'transfer') {
    throw new Error(`${ticketId}: expected a planned transfer, got ${JSON.stringify(planned)}.`);
  }
  await opin.requestHandoff(ticketId, { ...planned, note: scenario.handoffNote });

  const desk = (await opin.listDesks()).find((d) => d.id === planned.to);
  const institution = deskClient(planned.to);
  if (desk?.integration === 'email' && desk.deskEmail !== undefined) {
    // The reply keeps the subject of the e-mail the desk got: its reply tag binds it to the ticket.
    const address = desk.deskEmail.toLowerCase();
    const mail = (await createMockControl({ baseUrl: apiBase }).outbox()).findLast(
      (email) => email.ticketId === ticketId && email.to.toLowerCase() === address,
    );
    if (!mail) throw new Error(`${ticketId}: no e-mail to ${desk.deskEmail}.`);
    await institution.receiveEmail({
      from: desk.deskEmail,
      subject: `Re: ${mail.subject}`,
      body: scenario.answer,
    });
    return;
  }
  await institution.acceptHandoff(ticketId);
  await institution.sendMessage(ticketId, {
    body: scenario.answer,
    language: ticket.language,
    visibility: 'learner',
  });
}
