import { describe, expect, it } from 'vitest';
import { createSupportClient, type CreateTicketRequest } from '../src/index.js';
import { accessToken, errorBody, makeTicket, topic } from './support/fixtures.js';
import { useFaultServer, rejectionOf } from './support/fault-server.js';

const server = useFaultServer();

const client = () => createSupportClient({ baseUrl: server.baseUrl, retry: { backoffLimit: 5 } });
const fail = rejectionOf;
const unavailable = { status: 503, body: errorBody('internal_error', 'Try again.') };
const access = { id: 'OPIN-000123', accessToken };
const draft: CreateTicketRequest = {
  topicId: 'cannot-sign-in',
  origin: 'opin',
  language: 'fi',
  subject: 'En pääse kirjautumaan',
  description: 'Kirjautuminen epäonnistuu.',
  contact: { email: 'oppija@example.fi' },
};

describe('retries', () => {
  it('retry a GET after 5xx answers until it succeeds', async () => {
    server.script('GET /topics', { status: 500 }, unavailable, { body: [topic] });

    await expect(client().listTopics({ locale: 'fi' })).resolves.toEqual([topic]);
    expect(server.requests('GET /topics')).toHaveLength(3);
  });

  it('give up after 2 retries with the last SupportHttpError', async () => {
    server.script('GET /topics', unavailable);

    const error = await fail(client().listTopics({ locale: 'fi' }));

    expect(error).toMatchObject({ name: 'SupportHttpError', status: 503, code: 'internal_error' });
    expect(server.requests('GET /topics')).toHaveLength(3);
  });

  it('follow the retry limit option', async () => {
    server.script('GET /topics', unavailable);
    const noRetries = createSupportClient({ baseUrl: server.baseUrl, retry: { limit: 0 } });

    await expect(noRetries.listTopics({ locale: 'fi' })).rejects.toMatchObject({ status: 503 });
    expect(server.requests('GET /topics')).toHaveLength(1);
  });

  it('do not retry other 4xx answers', async () => {
    server.script('GET /topics', { status: 409, body: errorBody('conflict', 'No.') });

    await expect(client().listTopics({ locale: 'fi' })).rejects.toMatchObject({ code: 'conflict' });
    expect(server.requests('GET /topics')).toHaveLength(1);
  });

  it('honour a short Retry-After on 429 and then succeed', async () => {
    server.script(
      'GET /topics',
      { status: 429, headers: { 'retry-after': '1' }, body: errorBody('rate_limited', 'Wait.') },
      { body: [topic] },
    );

    await expect(client().listTopics({ locale: 'fi' })).resolves.toEqual([topic]);
    expect(server.requests('GET /topics')).toHaveLength(2);
  });

  it('do not wait for a Retry-After above maxRetryAfter: a SupportRateLimitError comes at once', async () => {
    server.script('POST /tickets', {
      status: 429,
      headers: { 'retry-after': '120' },
      body: errorBody('rate_limited', 'Too many tickets.'),
    });

    const error = await fail(client().createTicket(draft));

    expect(error).toMatchObject({ name: 'SupportRateLimitError', status: 429, retryAfter: 120 });
    expect(server.requests('POST /tickets')).toHaveLength(1);
  });

  it('end the call with the rate-limit error, not a timeout, when the wait would pass totalTimeout', async () => {
    server.script('GET /topics', {
      status: 429,
      headers: { 'retry-after': '30' },
      body: errorBody('rate_limited', 'Slow down.'),
    });

    const error = await fail(client().listTopics({ locale: 'fi' }));

    expect(error).toMatchObject({ name: 'SupportRateLimitError', retryAfter: 30 });
    expect(server.requests('GET /topics')).toHaveLength(1);
  });

  it('retry a dropped connection, then report a SupportNetworkError', async () => {
    server.script('GET /institutions', { drop: true });

    const error = await fail(client().listInstitutions());

    expect(error).toMatchObject({ name: 'SupportNetworkError' });
    expect(server.requests('GET /institutions')).toHaveLength(3);
  });

  it('never retry a POST without an idempotency key', async () => {
    server.script('POST /tickets/OPIN-000123/messages', unavailable);

    await expect(client().sendMessage(access, { body: 'Hei' })).rejects.toMatchObject({
      status: 503,
    });
    expect(server.requests('POST /tickets/OPIN-000123/messages')).toHaveLength(1);
  });

  it('never retry a dropped POST without an idempotency key', async () => {
    server.script('POST /tickets/OPIN-000123/reopen', { drop: true });

    await expect(client().reopenTicket(access)).rejects.toMatchObject({
      name: 'SupportNetworkError',
    });
    expect(server.requests('POST /tickets/OPIN-000123/reopen')).toHaveLength(1);
  });
});

describe('createTicket', () => {
  const created = { status: 201, body: { ticket: makeTicket(), accessToken } };

  it('is retried with the same Idempotency-Key and reports a replayed answer', async () => {
    server.script('POST /tickets', { drop: true }, unavailable, {
      ...created,
      headers: { 'idempotent-replayed': 'true' },
    });

    const result = await client().createTicket(draft);

    const keys = server
      .requests('POST /tickets')
      .map((request) => request.headers['idempotency-key']);
    expect(keys).toHaveLength(3);
    expect(new Set(keys)).toEqual(new Set([result.idempotencyKey]));
    expect(result).toEqual({
      ticket: makeTicket(),
      accessToken,
      idempotencyKey: result.idempotencyKey,
      replayed: true,
    });
  });

  it('sends the key it is given, the body as JSON, and reports a first answer as not replayed', async () => {
    server.script('POST /tickets', created);

    const result = await client().createTicket(draft, { idempotencyKey: 'draft-key-123456' });

    const [request] = server.requests('POST /tickets');
    expect(request?.headers['idempotency-key']).toBe('draft-key-123456');
    expect(request?.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(request?.body ?? '')).toEqual(draft);
    expect(result).toMatchObject({ idempotencyKey: 'draft-key-123456', replayed: false });
  });
});
