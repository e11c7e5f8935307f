import { describe, expect, it } from 'vitest';
import { createDeskClient, type DeskTicket } from '../src/desk.js';
import { makeTicket } from './support/fixtures.js';
import { useFaultServer } from './support/fault-server.js';

const server = useFaultServer();

const deskTicket: DeskTicket = { ...makeTicket(), internalNotes: [], plannedHandoff: null };
const ticketPath = '/desk/tickets/OPIN-000123';

describe('the desk client', () => {
  const desk = () => createDeskClient({ baseUrl: server.baseUrl, deskKey: 'dev-opin' });

  it('calls each desk endpoint with the desk key and returns the desk view', async () => {
    for (const action of [
      'handoffs',
      'handoffs/accept',
      'handoffs/decline',
      'messages',
      'status',
    ]) {
      server.script(`POST ${ticketPath}/${action}`, { body: deskTicket });
    }
    server.script(`GET ${ticketPath}`, { body: deskTicket });
    server.script('GET /desk/queue', { body: [deskTicket] });
    server.script('POST /desk/inbound-email', { body: deskTicket });
    const client = desk();

    await expect(client.queue()).resolves.toEqual([deskTicket]);
    await expect(client.getTicket('OPIN-000123')).resolves.toEqual(deskTicket);
    await client.requestHandoff('OPIN-000123', { to: 'helsinki', mode: 'consult', note: 'Apua?' });
    await client.acceptHandoff('OPIN-000123');
    await client.declineHandoff('OPIN-000123');
    await client.sendMessage('OPIN-000123', { body: 'Hei', language: 'fi', visibility: 'learner' });
    await client.setStatus('OPIN-000123', 'resolved');
    await client.receiveEmail({
      from: 'tuki@helsinki.fi',
      subject: '[OPIN-000123]',
      body: 'Vastaus',
    });

    const sent = server.requests().map((r) => [r.method, r.url, r.headers.authorization, r.body]);
    expect(sent).toEqual([
      ['GET', '/desk/queue?limit=500', 'Bearer dev-opin', ''],
      ['GET', ticketPath, 'Bearer dev-opin', ''],
      [
        'POST',
        `${ticketPath}/handoffs`,
        'Bearer dev-opin',
        '{"to":"helsinki","mode":"consult","note":"Apua?"}',
      ],
      ['POST', `${ticketPath}/handoffs/accept`, 'Bearer dev-opin', ''],
      ['POST', `${ticketPath}/handoffs/decline`, 'Bearer dev-opin', '{}'],
      [
        'POST',
        `${ticketPath}/messages`,
        'Bearer dev-opin',
        '{"body":"Hei","language":"fi","visibility":"learner"}',
      ],
      ['POST', `${ticketPath}/status`, 'Bearer dev-opin', '{"status":"resolved"}'],
      [
        'POST',
        '/desk/inbound-email',
        'Bearer dev-opin',
        '{"from":"tuki@helsinki.fi","subject":"[OPIN-000123]","body":"Vastaus"}',
      ],
    ]);
  });

  it('lists desks without sending the desk key', async () => {
    server.script('GET /desks', { body: [] });

    await desk().listDesks();

    expect(server.requests()[0]?.headers.authorization).toBeUndefined();
  });

  it('rejects a learner-view ticket where the desk view is expected', async () => {
    server.script(`GET ${ticketPath}`, { body: makeTicket() });

    await expect(desk().getTicket('OPIN-000123')).rejects.toMatchObject({
      name: 'SupportResponseValidationError',
    });
  });
});
