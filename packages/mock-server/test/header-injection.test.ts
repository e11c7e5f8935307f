import { describe, expect, it } from 'vitest';
import { createMockWorld } from './property/support/mock-world.js';
import { jsonHeaders } from './property/support/world.js';
import { ticketBody } from './support/http.js';

/** Files a ticket through `tampere`'s own portal: an e-mail desk, so it is mailed the ticket. */
async function fileAtEmailDesk(overrides: Record<string, unknown>) {
  const world = createMockWorld();
  const reply = await world.send({
    method: 'POST',
    path: '/tickets',
    headers: jsonHeaders({ 'Idempotency-Key': 'header-injection-1' }),
    body: JSON.stringify(
      ticketBody({
        topicId: 'credits-and-grades',
        institutionId: 'tampere',
        origin: 'tampere',
        ...overrides,
      }),
    ),
  });
  return { world, reply };
}

describe('learner text never becomes a mail header (issue 16)', () => {
  it('files the ticket and mails the desk when subject and name are single lines', async () => {
    const { world, reply } = await fileAtEmailDesk({});
    expect(reply.status).toBe(201);
    expect(world.ctx.tickets.recordStore.outbox.map((mail) => mail.to)).toContain(
      'helpdesk@tuni.fi',
    );
  });

  it.each([
    ['a subject with CR LF and a Bcc line', 'subject', { subject: 'Help\r\nBcc: x@evil.test' }],
    ['a subject with U+2028 and a Bcc line', 'subject', { subject: 'Help\u2028Bcc: x@evil.test' }],
    [
      'a name with CR LF and a Reply-To line',
      'contact.name',
      { contact: { email: 'maija@example.fi', name: 'M\r\nReply-To: x@evil.test' } },
    ],
    ['a subject with a right-to-left override', 'subject', { subject: 'Help \u202etset.live@x' }],
    ['a subject of a zero-width space only', 'subject', { subject: '\u200b' }],
  ])('refuses %s with 400 and sends no mail', async (_case, field, overrides) => {
    const { world, reply } = await fileAtEmailDesk(overrides);
    expect(reply.status).toBe(400);
    const details = (JSON.parse(reply.text) as { error: { details: { path: string[] }[] } }).error
      .details;
    expect(details.map((issue) => issue.path.join('.'))).toContain(field);
    expect(world.ctx.tickets.size).toBe(0);
    expect(world.ctx.tickets.recordStore.outbox).toEqual([]);
  });
});
