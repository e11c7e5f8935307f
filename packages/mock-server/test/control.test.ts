/**
 * `@opin/support-mock-server/control` on the wire: the requests it sends, the answers it accepts,
 * and the SDK's typed errors for the ones it does not. Against the real mock server it runs in
 * tests/reliability and tests/api.
 */
import { describe, expect, it } from 'vitest';
import {
  SupportHttpError,
  SupportNetworkError,
  SupportResponseValidationError,
} from '@opin/support-sdk';
import { createMockControl } from '../src/control/index.js';
import { useFaultServer } from '../../sdk/test/support/fault-server.js';

const server = useFaultServer();

const email = {
  id: 'm1',
  at: '2026-11-25T12:00:00.000Z',
  to: 'oppija@example.fi',
  from: 'tuki@opin.fi',
  subject: '[OPIN-000123]',
  body: 'Kiitos',
  ticketId: 'OPIN-000123',
};

describe('the mock control client', () => {
  it('reads the outbox and stats, advances the clock and resets', async () => {
    server.script('GET /_mock/outbox', { body: [email] });
    server.script('GET /_mock/stats', { body: { tickets: 1, ticketsByDesk: { opin: 1 } } });
    server.script('POST /_mock/clock', { status: 204 });
    server.script('POST /_mock/reset', { status: 204 });
    const mock = createMockControl({ baseUrl: server.baseUrl });

    await expect(mock.outbox()).resolves.toEqual([email]);
    await expect(mock.stats()).resolves.toEqual({ tickets: 1, ticketsByDesk: { opin: 1 } });
    await mock.advanceClock(240);
    await mock.reset();

    const [clock] = server.requests('POST /_mock/clock');
    expect(clock?.body).toBe('{"advanceMinutes":240}');
    expect(clock?.headers['content-type']).toBe('application/json');
    expect(server.requests('POST /_mock/reset')).toHaveLength(1);
  });

  it('fails with a SupportHttpError carrying the error body, without retrying', async () => {
    server.script('POST /_mock/clock', {
      status: 400,
      body: { error: { code: 'validation_failed', message: 'Too far.' } },
    });

    const error = await createMockControl({ baseUrl: `${server.baseUrl}/` })
      .advanceClock(-1)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SupportHttpError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'Too far.' });
    expect(server.requests('POST /_mock/clock')).toHaveLength(1);
  });

  it('fails with a SupportResponseValidationError on an answer that breaks the contract', async () => {
    server.script('GET /_mock/outbox', { body: [{ ...email, at: 'yesterday' }] });
    server.script('GET /_mock/stats', { body: '<h1>proxy</h1>' });
    const mock = createMockControl({ baseUrl: server.baseUrl });

    await expect(mock.outbox()).rejects.toBeInstanceOf(SupportResponseValidationError);
    await expect(mock.stats()).rejects.toBeInstanceOf(SupportResponseValidationError);
  });

  it('reads the server clock, and refuses a clock answer that breaks its shape', async () => {
    const clock = { now: '2026-11-25T16:00:00.000Z', offsetMinutes: 240 };
    server.script('GET /_mock/clock', { body: clock });
    const mock = createMockControl({ baseUrl: server.baseUrl });
    await expect(mock.clock()).resolves.toEqual(clock);

    server.script('GET /_mock/clock', { body: { now: 'soon', offsetMinutes: 240 } });
    await expect(mock.clock()).rejects.toBeInstanceOf(SupportResponseValidationError);
    server.script('GET /_mock/clock', { body: { ...clock, offsetMinutes: 1.5 } });
    await expect(mock.clock()).rejects.toBeInstanceOf(SupportResponseValidationError);
  });

  it('fails with a SupportNetworkError when the connection drops', async () => {
    server.script('POST /_mock/reset', { drop: true });

    await expect(createMockControl({ baseUrl: server.baseUrl }).reset()).rejects.toBeInstanceOf(
      SupportNetworkError,
    );
  });
});
