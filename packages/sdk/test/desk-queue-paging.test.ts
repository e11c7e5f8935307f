/**
 * The desk client's paging of `GET /desk/queue` (issue 16, finding 10): `queuePage` sends `limit`
 * and `cursor` and returns `X-Next-Cursor`; `queue()` follows the cursors to the last page, one
 * request after another, and keeps every ticket once, in order.
 */
import { describe, expect, it } from 'vitest';
import { createDeskClient, type DeskTicket } from '../src/desk.js';
import { SupportResponseValidationError } from '../src/index.js';
import { makeTicket } from './support/fixtures.js';
import { useFaultServer } from './support/fault-server.js';

const server = useFaultServer();

const ticket = (n: number): DeskTicket => ({
  ...makeTicket({ id: `OPIN-${String(n).padStart(6, '0')}` }),
  internalNotes: [],
  plannedHandoff: null,
});

describe('paging of the desk queue', () => {
  const desk = () => createDeskClient({ baseUrl: server.baseUrl, deskKey: 'dev-opin' });

  it('reads one page with limit and cursor, and the cursor of the next', async () => {
    server.script(
      'GET /desk/queue',
      { body: [ticket(1), ticket(2)], headers: { 'X-Next-Cursor': 'OPIN-000002' } },
      { body: [ticket(3)] },
    );
    const client = desk();
    const first = await client.queuePage({ limit: 2 });
    expect(first).toEqual({ tickets: [ticket(1), ticket(2)], nextCursor: 'OPIN-000002' });
    const last = await client.queuePage({ limit: 2, cursor: first.nextCursor });
    expect(last).toEqual({ tickets: [ticket(3)], nextCursor: undefined });
    expect(server.requests().map((r) => r.url)).toEqual([
      '/desk/queue?limit=2',
      '/desk/queue?limit=2&cursor=OPIN-000002',
    ]);
  });

  it('sends neither parameter when none is given (the server default)', async () => {
    server.script('GET /desk/queue', { body: [] });
    await expect(desk().queuePage()).resolves.toEqual({ tickets: [], nextCursor: undefined });
    expect(server.requests().map((r) => r.url)).toEqual(['/desk/queue']);
  });

  it('queue() follows every cursor and returns each ticket once, in order', async () => {
    server.script(
      'GET /desk/queue',
      { body: [ticket(1), ticket(2)], headers: { 'X-Next-Cursor': 'c1' } },
      { body: [ticket(3), ticket(4)], headers: { 'X-Next-Cursor': 'c2' } },
      { body: [ticket(5)] },
    );
    const queue = await desk().queue();
    expect(queue.map((t) => t.id)).toEqual([1, 2, 3, 4, 5].map((n) => ticket(n).id));
    expect(server.requests().map((r) => [r.url, r.headers.authorization])).toEqual([
      ['/desk/queue?limit=500', 'Bearer dev-opin'],
      ['/desk/queue?limit=500&cursor=c1', 'Bearer dev-opin'],
      ['/desk/queue?limit=500&cursor=c2', 'Bearer dev-opin'],
    ]);
  });

  it('queue() stops with a validation error when the server names the same page twice', async () => {
    server.script('GET /desk/queue', {
      body: [ticket(1)],
      headers: { 'X-Next-Cursor': 'again' },
    });
    await expect(desk().queue()).rejects.toBeInstanceOf(SupportResponseValidationError);
    expect(server.requests()).toHaveLength(2);
  });

  it('takes an empty X-Next-Cursor as the last page', async () => {
    server.script('GET /desk/queue', { body: [ticket(1)], headers: { 'X-Next-Cursor': '' } });
    await expect(desk().queuePage()).resolves.toEqual({
      tickets: [ticket(1)],
      nextCursor: undefined,
    });
  });

  it('queue() fails as a whole when a later page fails', async () => {
    server.script(
      'GET /desk/queue',
      { body: [ticket(1)], headers: { 'X-Next-Cursor': 'c1' } },
      {
        status: 400,
        body: { error: { code: 'validation_failed', message: 'cursor names no page.' } },
      },
    );
    await expect(desk().queue()).rejects.toMatchObject({
      status: 400,
      code: 'validation_failed',
    });
  });
});
