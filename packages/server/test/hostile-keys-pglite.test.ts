/**
 * Keys from a request that PostgreSQL's text cannot hold (U+0000) name no row, and the listener's
 * own refusals under `/_mock` carry no CORS: both found by the mock's property suites run against
 * the server (`tests/property-server`). The server runs in process with `--demo` on PGlite in
 * memory and is asked over loopback HTTP.
 */
import { demoConfig } from '@opin/support-domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSupportServer, type SupportServer } from '../src/server.js';
import { processTestCeilingMs } from './support/cli-process.js';
import { silentLog } from './support/silent-log.js';

describe('the server (PGlite, --demo) with hostile keys', { timeout: processTestCeilingMs }, () => {
  let server: SupportServer;
  let api = '';
  beforeAll(async () => {
    server = await startSupportServer({
      port: 0,
      host: '127.0.0.1',
      database: { kind: 'embedded', dataDir: 'memory://' },
      config: demoConfig,
      demo: true,
      logger: silentLog,
    });
    await server.ready;
    api = `${server.url}/api/v1`;
  }, processTestCeilingMs);
  afterAll(() => server.close());

  async function errorOf(response: Response) {
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    return ((await response.json()) as { error: { code: string } }).error.code;
  }

  it('answers a ticket id with U+0000 as any unknown ticket: 404, not 500', async () => {
    const token = { Authorization: `Bearer ${'a'.repeat(43)}` };
    const read = await fetch(`${api}/tickets/OPIN-000001%00`, { headers: token });
    expect(read.status).toBe(404);
    expect(await errorOf(read)).toBe('not_found');
    const reopen = await fetch(`${api}/tickets/OPIN-000001%00/reopen`, {
      method: 'POST',
      headers: { ...token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(reopen.status).toBe(404);
    const desk = { Authorization: 'Bearer dev-opin' };
    const deskRead = await fetch(`${api}/desk/tickets/%00`, { headers: desk });
    expect(deskRead.status).toBe(404);
  });

  it('refuses a cursor with U+0000 as one that names no page: 400, not 500', async () => {
    const queue = await fetch(`${api}/desk/queue?cursor=%00`, {
      headers: { Authorization: 'Bearer dev-opin' },
    });
    expect(queue.status).toBe(400);
    expect(await errorOf(queue)).toBe('validation_failed');
    const outbox = await fetch(`${api}/_mock/outbox?cursor=x%00`);
    expect(outbox.status).toBe(400);
    expect(await errorOf(outbox)).toBe('validation_failed');
  });

  it('lists no e-mail about a ticket id with U+0000', async () => {
    const outbox = await fetch(`${api}/_mock/outbox?ticketId=OPIN-000001%00`);
    expect(outbox.status).toBe(200);
    expect(await outbox.json()).toEqual([]);
  });

  it('refuses a body over 64 KiB without CORS under /_mock, and with it elsewhere', async () => {
    const body = `{"advanceMinutes":1,"x":"${'x'.repeat(70_000)}"}`;
    const headers = { 'Content-Type': 'application/json' };
    const control = await fetch(`${api}/_mock/clock`, { method: 'POST', headers, body });
    expect(control.status).toBe(413);
    expect(await errorOf(control)).toBe('payload_too_large');
    expect(control.headers.get('access-control-allow-origin')).toBeNull();
    const contract = await fetch(`${api}/tickets`, { method: 'POST', headers, body });
    expect(contract.status).toBe(413);
    expect(contract.headers.get('access-control-allow-origin')).toBe('*');
  });
});
