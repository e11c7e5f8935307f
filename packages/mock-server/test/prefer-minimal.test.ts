/**
 * Finding 16.10 ("return only what changed"): 400 messages of 40 KB made every POST answer about
 * 16 MB. The learner's writes honour RFC 7240 `Prefer: return=minimal`: a small body
 * (`MessageAdded`, `TicketReopened`) with `Preference-Applied: return=minimal`; without it, the
 * whole ticket as before.
 */
import { messageAddedSchema, ticketReopenedSchema, ticketSchema } from '@opin/support-sdk/schemas';
import { describe, expect, it } from 'vitest';
import { changeStatusByOwner, demoDirectory, learnerView } from '@opin/support-domain';
import { bearer, errorOf } from './support/http.js';
import { inProcessApi, type InProcessApi, type OpenTicket } from './support/in-process.js';
import { act } from './support/domain.js';

function writer(api: InProcessApi, opened: OpenTicket) {
  const path = `/tickets/${opened.ticket.id}`;
  return {
    message: (body: string, prefer?: string) =>
      api.send(`${path}/messages`, {
        method: 'POST',
        headers: {
          ...bearer(opened.accessToken),
          'Content-Type': 'application/json',
          ...(prefer === undefined ? {} : { Prefer: prefer }),
        },
        body: JSON.stringify({ body }),
      }),
    reopen: (prefer?: string) =>
      api.send(`${path}/reopen`, {
        method: 'POST',
        headers: {
          ...bearer(opened.accessToken),
          ...(prefer === undefined ? {} : { Prefer: prefer }),
        },
      }),
  };
}

describe('Prefer: return=minimal', () => {
  it('answers a message with the new version and the message alone', async () => {
    const api = inProcessApi({ learnerWritesPerMinute: 0 });
    const opened = await api.file();
    const write = writer(api, opened);
    for (let i = 0; i < 20; i++)
      expect((await write.message(`${i} ${'x'.repeat(2_000)}`)).status).toBe(201);

    const minimal = await write.message('Lisätietoa.', 'return=minimal');
    expect(minimal.status).toBe(201);
    expect(minimal.headers.get('preference-applied')).toBe('return=minimal');
    const text = await minimal.text();
    const body = JSON.parse(text) as unknown;
    expect(messageAddedSchema.parse(body)).toEqual(body);
    expect(body).toEqual({
      version: opened.ticket.version,
      message: learnerView(demoDirectory, opened.ticket).messages.at(-1),
    });
    expect(text.length).toBeLessThan(300);

    const whole = await write.message('Ja vielä.');
    expect(whole.status).toBe(201);
    expect(whole.headers.get('preference-applied')).toBeNull();
    expect(ticketSchema.parse(await whole.json())).toEqual(
      learnerView(demoDirectory, opened.ticket),
    );
  });

  it('answers a reopen with the new version and status', async () => {
    const api = inProcessApi();
    const opened = await api.file();
    await act(api.ctx, opened.ticket, (rules, t) =>
      changeStatusByOwner(rules, t, 'opin', 'resolved', api.ctx.clock.nowIso()),
    );

    const minimal = await writer(api, opened).reopen('return=minimal');
    expect(minimal.status).toBe(200);
    expect(minimal.headers.get('preference-applied')).toBe('return=minimal');
    const body = (await minimal.json()) as unknown;
    expect(ticketReopenedSchema.parse(body)).toEqual(body);
    expect(body).toEqual({ version: opened.ticket.version, status: 'in_progress' });

    // A refusal is the same with or without the preference.
    const refused = await writer(api, opened).reopen('return=minimal');
    expect(refused.status).toBe(409);
    expect(refused.headers.get('preference-applied')).toBeNull();
    expect((await errorOf(refused)).code).toBe('conflict');
  });

  it('reads the preference as RFC 7240 writes it; anything else gets the whole ticket', async () => {
    const api = inProcessApi({ learnerWritesPerMinute: 0 });
    const opened = await api.file();
    const write = writer(api, opened);
    const applied = async (prefer: string) =>
      (await write.message('Viesti.', prefer)).headers.get('preference-applied') !== null;

    for (const prefer of [
      'return=minimal',
      'RETURN=Minimal',
      'return="minimal"',
      'respond-async, return=minimal; foo=bar',
      ' return = minimal ',
      'return=minimal, return=representation',
    ]) {
      expect(await applied(prefer), prefer).toBe(true);
    }
    for (const prefer of [
      '',
      'return=representation',
      'return=representation, return=minimal',
      'return',
      'minimal',
      'handling=lenient',
      'x-return=minimal',
    ]) {
      expect(await applied(prefer), prefer).toBe(false);
    }
  });
});
