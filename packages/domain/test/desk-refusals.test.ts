import { describe, expect, it } from 'vitest';
import { addDeskMessage } from '../src/desk-messages.js';
import { changeStatusByOwner } from '../src/lifecycle.js';
import { runClock } from '../src/clock-rules.js';
import {
  act,
  fileTestTicket,
  now,
  refused,
  rejected,
  testContext,
  receiveDeskEmail,
} from './support/rules.js';

describe('a desk with no part in a ticket', () => {
  it('is refused an internal note with 403 even when the ticket is closed, learning nothing of it', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    await act(ctx, ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'resolved', now(ctx)),
    );
    ctx.clock.advance(14 * 24 * 60 + 1);
    await runClock(ctx);
    expect(ticket.status).toBe('closed');
    const note = { body: 'Hei', language: 'fi' as const, visibility: 'internal' as const };
    expect(
      await refused(ctx, ticket, (rules, t) =>
        addDeskMessage(rules, t, 'jyvaskyla', note, now(ctx)),
      ),
    ).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
  });

  it('is refused an e-mail reply with 404, as for no ticket, saying the reply was not added', async () => {
    const ctx = testContext();
    const ticket = await fileTestTicket(ctx);
    const version = ticket.version;
    const refusal = await rejected(() =>
      receiveDeskEmail(ctx, 'tampere', {
        from: 'helpdesk@tuni.fi',
        // A tag the service never made for the desk: refused as if there were no such ticket.
        subject: `Re: [${ticket.id} #0123456789abcdef] Kirjautuminen`,
        body: 'Hoidamme asian.',
      }),
    );
    expect(refusal).toMatchObject({ status: 404, code: 'not_found' });
    expect(refusal.message).toContain('NOT added');
    expect(ticket.version).toBe(version);
  });
});
