import { describe, expect, it } from 'vitest';
import {
  createSupportClient,
  isSupportError,
  isSupportHttpError,
  isSupportNetworkError,
  isSupportRateLimitError,
  SupportHttpError,
  SupportRateLimitError,
} from '../src/index.js';
import { errorBody, topic } from './support/fixtures.js';
import { useFaultServer, rejectionOf } from './support/fault-server.js';

const server = useFaultServer();

const client = () => createSupportClient({ baseUrl: server.baseUrl, retry: { backoffLimit: 5 } });
const fail = rejectionOf;

describe('an error response', () => {
  it('with the documented 400 body becomes a SupportHttpError with code, message and details', async () => {
    const details = [{ path: ['locale'], message: 'Invalid option.' }];
    server.script('GET /topics', {
      status: 400,
      body: errorBody('validation_failed', 'The query is invalid.', details),
    });

    const error = await fail(client().listTopics({ locale: 'fi' }));

    expect(error).toBeInstanceOf(SupportHttpError);
    expect(error).toMatchObject({
      name: 'SupportHttpError',
      status: 400,
      code: 'validation_failed',
      message: 'The query is invalid.',
      details,
      body: errorBody('validation_failed', 'The query is invalid.', details),
    });
    expect(server.requests('GET /topics')).toHaveLength(1);
  });

  it('404 is not retried and keeps the not_found code', async () => {
    server.script('GET /tickets/OPIN-000404', {
      status: 404,
      body: errorBody('not_found', 'No such ticket.'),
    });

    const error = await fail(
      client().getTicket({ id: 'OPIN-000404', accessToken: 'x'.repeat(20) }),
    );

    expect(isSupportHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: 404, code: 'not_found', details: undefined });
    expect(server.requests()).toHaveLength(1);
  });

  it('an HTML 502 page gets the code http_502 and no body', async () => {
    server.script('GET /topics', { status: 502, body: '<html><h1>Bad Gateway</h1></html>' });

    const error = await fail(client().listTopics({ locale: 'fi' }));

    expect(error).toMatchObject({
      name: 'SupportHttpError',
      status: 502,
      code: 'http_502',
      body: undefined,
    });
  });

  it('429 becomes a SupportRateLimitError, which is also a SupportHttpError', async () => {
    server.script('GET /topics', {
      status: 429,
      headers: { 'retry-after': '3600' },
      body: errorBody('rate_limited', 'Slow down.'),
    });

    const error = await fail(client().listTopics({ locale: 'fi' }));

    expect(error).toBeInstanceOf(SupportRateLimitError);
    expect(isSupportRateLimitError(error)).toBe(true);
    expect(isSupportHttpError(error)).toBe(true);
    expect(isSupportError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 3600 });
  });
});

describe('the type guards', () => {
  it('recognise errors by name, so errors from another realm pass too', () => {
    const foreign = Object.assign(new Error('from an iframe'), { name: 'SupportRateLimitError' });

    expect(isSupportRateLimitError(foreign)).toBe(true);
    expect(isSupportHttpError(foreign)).toBe(true);
    expect(isSupportError(foreign)).toBe(true);
    expect(isSupportNetworkError(foreign)).toBe(false);
  });

  it('reject other errors and non-errors', () => {
    expect(isSupportError(new TypeError('fetch failed'))).toBe(false);
    expect(isSupportHttpError({ name: 'SupportHttpError' })).toBe(false);
    expect(isSupportError(undefined)).toBe(false);
  });
});

describe('a successful response', () => {
  it('is validated and returned', async () => {
    server.script('GET /topics', { body: [topic] });

    await expect(client().listTopics({ locale: 'fi' })).resolves.toEqual([topic]);
    expect(server.requests('GET /topics')[0]?.url).toBe('/topics?locale=fi');
  });
});
