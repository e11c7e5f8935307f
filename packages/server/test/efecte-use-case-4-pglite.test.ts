/**
 * Use case 4 with an Efecte desk (issue 20): a learner files at Helsinki's own portal, so Helsinki
 * owns the ticket and its card appears in Helsinki's Efecte (the fake); the agent asks Opin.fi
 * through the card (`opin_request = consult_opin`, its question in the reply worklog as the note); `opin` accepts and answers through the API;
 * the answer appears in the card's worklog; the agent then replies to the learner in the card's
 * reply worklog, and the learner sees it. On PGlite in memory.
 */
import type { TicketAccess } from '@opin/support-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processTestCeilingMs } from './support/cli-process.js';
import {
  cardOf,
  startEfecteConnected,
  until,
  worklog,
  type EfecteConnected,
} from './support/efecte-connected.js';
import type { EfecteFake } from './support/efecte-fake/index.js';

describe('use case 4: an Efecte desk consults Opin.fi', { timeout: processTestCeilingMs }, () => {
  let setup: EfecteConnected;
  let fake: EfecteFake;
  let access: TicketAccess;
  let dataCardId: string;

  beforeAll(async () => {
    setup = await startEfecteConnected(['helsinki']);
    fake = setup.fakes.get('helsinki') as EfecteFake;
    const created = await setup.learner.createTicket({
      topicId: 'sign-in',
      institutionId: 'helsinki',
      origin: 'helsinki',
      language: 'fi',
      subject: 'En pääse kirjautumaan',
      description: 'Kirjautuminen Opin.fi-palveluun Haka-tunnuksilla ei onnistu.',
      contact: { email: 'oppija@example.fi' },
    });
    access = { id: created.ticket.id, accessToken: created.accessToken };
  }, processTestCeilingMs);
  afterAll(async () => {
    await setup.close();
  });

  it('puts the portal’s ticket on a card with its state', async () => {
    const card = await until(() => {
      const found = cardOf(fake, access.id);
      return found && worklog(found, 'opin_outbound').length > 0 ? found : undefined;
    });
    dataCardId = card.dataCardId;
    expect(card.data['opin_state']?.values[0]?.value).toBe('01');
    expect(worklog(card, 'opin_outbound')[0]).toContain('Haka-tunnuksilla');
  });

  it('hands the ticket to opin as a consult when the agent asks on the card', async () => {
    fake.handle.addWorklog(dataCardId, 'opin_reply', 'Tunnetteko tämän Haka-virheen?');
    fake.handle.setAttribute(dataCardId, 'opin_request', [{ value: 'consult_opin' }]);
    expect((await fake.handle.fireOutbound(dataCardId)).status).toBe(202);
    const offered = await until(async () => {
      const queue = await setup.desk('opin').queue();
      return queue.find((ticket) => ticket.id === access.id);
    });
    expect(offered.handoff).toMatchObject({ from: 'helsinki', to: 'opin', mode: 'consult' });
    // The agent's entry is the hand-off's note, not a message to the learner.
    const ticket = await setup.desk('opin').getTicket(access.id);
    expect(ticket.internalNotes).toContainEqual(
      expect.objectContaining({ kind: 'handoff_note', body: 'Tunnetteko tämän Haka-virheen?' }),
    );
    expect(ticket.messages).toEqual([]);
  });

  it('shows opin’s answer in the card’s worklog', async () => {
    const opin = setup.desk('opin');
    await opin.acceptHandoff(access.id);
    await opin.sendMessage(access.id, {
      body: 'Haka-kirjautuminen vaatii, että kotikorkeakoulu on liittänyt palvelun. Ohje lähetetty.',
      language: 'fi',
      visibility: 'internal',
    });
    await until(() =>
      worklog(fake.handle.card(dataCardId), 'opin_outbound').some((entry) =>
        entry.includes('Haka-kirjautuminen vaatii'),
      ),
    );
  });

  it('sends the agent’s reply from the card to the learner', async () => {
    fake.handle.addWorklog(dataCardId, 'opin_reply', 'Liitimme palvelun, kokeile uudelleen.');
    expect((await fake.handle.fireOutbound(dataCardId)).status).toBe(202);
    const seen = await until(async () => {
      const ticket = await setup.learner.getTicket(access);
      return ticket.messages.some((m) => m.body === 'Liitimme palvelun, kokeile uudelleen.')
        ? ticket
        : undefined;
    });
    expect(seen.messages.at(-1)?.body).toBe('Liitimme palvelun, kokeile uudelleen.');
  });
});
