import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSupportClient } from '../src/index.js';
import { accessToken, makeTicket, topic } from './support/fixtures.js';
import { startFaultServer, type FaultServer } from './support/fault-server.js';

let server: FaultServer;
beforeEach(async () => {
  server = await startFaultServer();
});
afterEach(() => {
  vi.unstubAllGlobals();
  return server.close();
});

const access = { id: 'OPIN-000123', accessToken };
const preview = {
  receivingDesk: 'opin',
  answeringDesk: 'helsinki',
  plannedHandoff: { to: 'helsinki', mode: 'transfer' },
  language: 'fi',
  expectedResponseHours: 24,
  expectedBy: '2026-12-08T10:00:00.000Z',
  desks: [
    { id: 'opin', integration: 'realtime' },
    { id: 'helsinki', integration: 'email' },
  ],
} as const;

describe('the learner client', () => {
  it('accepts a base URL with or without a trailing slash', async () => {
    server.script('GET /institutions', { body: [] });

    await createSupportClient({ baseUrl: `${server.baseUrl}/` }).listInstitutions();
    await createSupportClient({ baseUrl: server.baseUrl }).listInstitutions();

    expect(server.requests().map((r) => r.url)).toEqual(['/institutions', '/institutions']);
  });

  it('asks for JSON and sends the configured headers', async () => {
    server.script('GET /desks', { body: [] });
    const client = createSupportClient({
      baseUrl: server.baseUrl,
      headers: { 'x-portal': 'opin' },
    });

    await client.listDesks();

    expect(server.requests()[0]?.headers).toMatchObject({
      accept: 'application/json',
      'x-portal': 'opin',
    });
  });

  it('puts the article query in the URL and leaves out what is not given', async () => {
    server.script('GET /articles', { body: [] });

    await createSupportClient({ baseUrl: server.baseUrl }).searchArticles({
      locale: 'sv',
      q: 'lösenord å',
    });

    const url = new URL(server.requests()[0]?.url ?? '', 'http://x');
    expect(Object.fromEntries(url.searchParams)).toEqual({ locale: 'sv', q: 'lösenord å' });
  });

  it('posts the routing preview request and returns the validated preview', async () => {
    server.script('POST /routing/preview', { body: preview });
    const body = {
      topicId: 'credits',
      institutionId: 'helsinki',
      origin: 'opin',
      language: 'fi',
    } as const;

    const result = await createSupportClient({ baseUrl: server.baseUrl }).previewRouting(body);

    expect(result).toEqual(preview);
    expect(JSON.parse(server.requests()[0]?.body ?? '')).toEqual(body);
  });

  it('sends messages, reopens and reads tickets with the token, encoding the id in the path', async () => {
    const ticket = makeTicket({ version: 2 });
    server.script('POST /tickets/OPIN-000123/messages', { status: 201, body: ticket });
    server.script('POST /tickets/OPIN-000123/reopen', { body: ticket });
    server.script('GET /tickets/OPIN-000123', { body: ticket });
    const client = createSupportClient({ baseUrl: server.baseUrl });

    await expect(client.sendMessage(access, { body: 'Kiitos' })).resolves.toEqual(ticket);
    await expect(client.reopenTicket(access)).resolves.toEqual(ticket);
    await expect(client.getTicket(access)).resolves.toEqual(ticket);
    expect(server.requests().map((r) => r.headers.authorization)).toEqual(
      Array(3).fill(`Bearer ${accessToken}`),
    );
    expect(JSON.parse(server.requests()[0]?.body ?? '')).toEqual({ body: 'Kiitos' });
  });

  it('looks up globalThis.fetch at call time', async () => {
    const client = createSupportClient({ baseUrl: server.baseUrl });
    const stub = vi.fn(() => Promise.resolve(Response.json([topic])));
    vi.stubGlobal('fetch', stub);

    await expect(client.listTopics({ locale: 'fi' })).resolves.toEqual([topic]);
    expect(stub).toHaveBeenCalledTimes(1);
  });

  it('uses the fetch it is given', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.resolve(Response.json([topic])));
    const client = createSupportClient({ baseUrl: 'https://support.example/api/v1', fetch });

    await client.listTopics({ locale: 'en' });

    const [input] = fetch.mock.calls[0] ?? [];
    expect(input instanceof Request ? input.url : String(input)).toBe(
      'https://support.example/api/v1/topics?locale=en',
    );
  });
});
