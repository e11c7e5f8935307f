/**
 * Use case 2 with an Efecte desk (issue 20): a learner files on Opin.fi about Helsinki, whose desk
 * works in Efecte; `opin` consults Helsinki; a card with the subject, a summary and the question
 * appears in Helsinki's Efecte (the fake), and nothing of the learner's contact details; the agent
 * accepts there and writes the answer in the card's worklog, and Efecte's outbound call tells
 * Opin.fi; `opin` sees the consult answered (an internal note), replies, and the learner sees the
 * reply. On PGlite in memory.
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

describe('use case 2: Opin.fi consults an Efecte desk', { timeout: processTestCeilingMs }, () => {
  let setup: EfecteConnected;
  let fake: EfecteFake;
  let access: TicketAccess;
  let dataCardId: string;

  beforeAll(async () => {
    setup = await startEfecteConnected(['helsinki']);
    fake = setup.fakes.get('helsinki') as EfecteFake;
    const created = await setup.learner.createTicket({
      topicId: 'credits-and-grades',
      institutionId: 'helsinki',
      origin: 'opin',
      language: 'fi',
      subject: 'Opintopisteet puuttuvat',
      description: 'Keväällä suorittamani kurssi ei näy opintosuorituksissani.',
      contact: { email: 'oppija@example.fi', name: 'Olli Oppija' },
    });
    access = { id: created.ticket.id, accessToken: created.accessToken };
  }, processTestCeilingMs);
  afterAll(async () => {
    await setup.close();
  });

  it('puts a card in Efecte when opin consults the desk', async () => {
    await setup.desk('opin').requestHandoff(access.id, {
      to: 'helsinki',
      mode: 'consult',
      note: 'Näkyykö suoritus teidän rekisterissänne?',
    });
    const card = await until(() => {
      const found = cardOf(fake, access.id);
      return found && worklog(found, 'opin_outbound').length > 0 ? found : undefined;
    });
    dataCardId = card.dataCardId;
    expect(card.data['subject']?.values[0]?.value).toBe('Opintopisteet puuttuvat');
    const summary = String(card.data['description']?.values[0]?.value);
    expect(summary).toContain('consult from opin to helsinki');
    expect(summary).toContain('Näkyykö suoritus teidän rekisterissänne?');
    expect(worklog(card, 'opin_outbound')[0]).toContain('Keväällä suorittamani kurssi');
    expect(JSON.stringify(card)).not.toContain('oppija@example.fi');
    expect(JSON.stringify(card)).not.toContain('Olli Oppija');
    expect(fake.handle.writes.create).toBe(1);
  });

  it('takes the agent’s acceptance and answer as the consult answered', async () => {
    fake.handle.setAttribute(dataCardId, 'opin_request', [{ value: 'accept' }]);
    fake.handle.addWorklog(dataCardId, 'opin_reply', 'Suoritus on kirjattu, se näkyy huomenna.');
    const answer = await fake.handle.fireOutbound(dataCardId);
    expect(answer.status).toBe(202);
    const ticket = await until(async () => {
      const seen = await setup.desk('opin').getTicket(access.id);
      return seen.internalNotes.some((note) => note.kind === 'consult_answer') ? seen : undefined;
    });
    const note = ticket.internalNotes.find((entry) => entry.kind === 'consult_answer');
    expect(note?.body).toBe('Suoritus on kirjattu, se näkyy huomenna.');
    expect(note?.desk).toBe('helsinki');
    expect(ticket.assisting).toBeNull();
    // The request was cleared once acted on.
    await until(() => fake.handle.card(dataCardId).data['opin_request']?.values.length === 0);
  });

  it('lets opin reply to the learner, who sees it', async () => {
    await setup.desk('opin').sendMessage(access.id, {
      body: 'Helsingin mukaan suoritus näkyy huomenna.',
      language: 'fi',
      visibility: 'learner',
    });
    const seen = await setup.learner.getTicket(access);
    expect(seen.messages.map((message) => message.body)).toContain(
      'Helsingin mukaan suoritus näkyy huomenna.',
    );
  });

  it('does not act on the same card twice when Efecte calls again', async () => {
    const before = (await setup.desk('opin').getTicket(access.id)).version;
    expect((await fake.handle.fireOutbound(dataCardId)).status).toBe(202);
    await setup.server.efecte?.get('helsinki')?.inbound.idle();
    expect((await setup.desk('opin').getTicket(access.id)).version).toBe(before);
  });
});
