import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { errorOf, getTicket, newKey, postJson, ticketBody, useMockServer } from './support/http.js';

async function storedTickets(base: string): Promise<number> {
  const response = await fetch(`${base}/_mock/stats`);
  return ((await response.json()) as { tickets: number }).tickets;
}

describe('server input over HTTP', () => {
  const handle = useMockServer();
  const create = (body: unknown, headers: Record<string, string> = {}) =>
    postJson(`${handle.base}/tickets`, body, { 'Idempotency-Key': newKey(), ...headers });

  it('refuses malformed JSON with 400 validation_failed and keeps serving', async () => {
    const response = await create('{"topicId": "sign-in",');
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('validation_failed');
    expect((await fetch(`${handle.base}/topics`)).status).toBe(200);
  });

  it('refuses a body over 64 KiB with 413 before parsing it, announced or streamed', async () => {
    const huge = JSON.stringify(ticketBody({ description: 'a'.repeat(70_000) }));
    const announced = await create(huge);
    expect(announced.status).toBe(413);
    expect((await errorOf(announced)).code).toBe('payload_too_large');

    const chunk = new TextEncoder().encode('x'.repeat(16_384));
    let sent = 0;
    const streamed = await fetch(`${handle.base}/tickets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() },
      body: new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 8) controller.enqueue(chunk);
          else controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await storedTickets(handle.base)).toBe(0);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await create(JSON.stringify(ticketBody()), { 'Content-Type': 'text/plain' });
    expect(response.status).toBe(415);
    expect((await errorOf(response)).code).toBe('unsupported_media_type');
  });

  it('refuses wrongly typed fields with details that point at them', async () => {
    const response = await create(
      ticketBody({ subject: 42, contact: { email: 'not-an-address' } }),
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['subject'] }),
        expect.objectContaining({ path: ['contact', 'email'] }),
      ]),
    );
  });

  it('refuses unknown topic and institution ids with 400', async () => {
    for (const body of [
      ticketBody({ topicId: 'no-such-topic' }),
      ticketBody({ institutionId: 'no-such-school' }),
    ]) {
      const response = await create(body);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('validation_failed');
    }
  });

  it('refuses control characters and lone surrogates', async () => {
    expect((await create(ticketBody({ subject: 'Hei\u0007' }))).status).toBe(400);
    const loneSurrogate = JSON.stringify(ticketBody({ subject: 'PLACEHOLDER' })).replace(
      'PLACEHOLDER',
      '\\ud800',
    );
    const refused = await create(loneSurrogate);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await errorOf(refused))).toContain('surrogate');
    expect(await storedTickets(handle.base)).toBe(0);
  });

  it('stores NFD text as NFC and ignores unknown fields', async () => {
    const nfd = 'Hyva\u0308a\u0308 pa\u0308iva\u0308a\u0308, A\u030Abo';
    const response = await create({ ...ticketBody({ subject: nfd }), isAdmin: true });
    expect(response.status).toBe(201);
    const { ticket, accessToken } = (await response.json()) as {
      ticket: { id: string; subject: string };
      accessToken: string;
    };
    expect(ticket.subject).toBe(nfd.normalize('NFC'));
    expect(ticket.subject).toBe('Hyvää päivää, Åbo');
    const stored = await getTicket(handle.base, ticket.id, accessToken);
    expect(stored.subject).toBe('Hyvää päivää, Åbo');
    expect(JSON.stringify(stored)).not.toContain('isAdmin');
  });

  it('answers gibberish on the socket with 400 and keeps serving', async () => {
    const url = new URL(handle.server.url);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () =>
        socket.write('NOT HTTP AT ALL\r\n\r\n'),
      );
      let data = '';
      socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(`${handle.base}/topics`)).status).toBe(200);
  });

  it('answers unknown paths under the base with a JSON 404', async () => {
    const response = await fetch(`${handle.base}/nothing/here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect((await errorOf(response)).code).toBe('not_found');
    expect((await fetch(`${handle.server.url}/elsewhere`)).status).toBe(404);
  });
});
