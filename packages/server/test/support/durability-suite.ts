/**
 * Durability under a kill (issue 18, "Proven, not claimed"): clients file tickets with
 * Idempotency-Keys against the server's own process; at a random moment it is killed with SIGKILL
 * and started again on the same data; then every client retries with its key. Every ticket that
 * was acknowledged (a 201 reached its client) must come back as the same ticket, and every key must
 * stand for exactly one stored ticket. `durability-pglite.test.ts` and `durability-postgres.test.ts`
 * run it on each target. The moment is drawn from a seed the failure message names
 * (`OPIN_DURABILITY_SEED` repeats a run).
 */
import { expect, it } from 'vitest';
import { mulberry32 } from '../../../../tests/reliability/support/seeded-random.js';
import { processTestCeilingMs, startCli, type CliProcess } from './cli-process.js';

/** Tickets filed in all, and clients filing them at once. */
const tickets = 60;
const clients = 6;

/** A ticket creation that reached its client. */
interface Acknowledged {
  id: string;
  accessToken: string;
}

function requestBody(n: number): string {
  return JSON.stringify({
    topicId: 'sign-in',
    origin: 'opin',
    language: 'fi',
    subject: `Kirjautuminen ei onnistu (${n})`,
    description: 'Sivu palaa aina etusivulle, kun yritän kirjautua.',
    contact: { email: `oppija${n}@example.fi` },
  });
}

function createTicket(url: string, n: number): Promise<Response> {
  return fetch(`${url}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `durable-key-${n}` },
    body: requestBody(n),
  });
}

/** The test, with the database flags `storageArgs()` gives (the same data for both starts). */
export function durabilitySuite(storageArgs: () => string[]): void {
  it(
    'keeps every acknowledged ticket exactly once when killed with SIGKILL under load',
    { timeout: processTestCeilingMs * 2 },
    async () => {
      const seed = Number(process.env['OPIN_DURABILITY_SEED'] ?? Date.now() % 100_000);
      const random = mulberry32(seed);
      const killAfter = 5 + Math.floor(random() * 30);
      const why = `seed ${seed}: killed after ${killAfter} acknowledgements`;

      const first = await startedAndReady(storageArgs());
      const acknowledged = new Map<number, Acknowledged>();
      let next = 0;
      const kill = { done: false };
      /** Read through a call: the workers' loop must see a kill made by another worker. */
      const killed = () => kill.done;
      const worker = async () => {
        while (!killed() && next < tickets) {
          const n = next++;
          try {
            const response = await createTicket(first.url, n);
            if (response.status !== 201) continue;
            const created = (await response.json()) as {
              ticket: { id: string };
              accessToken: string;
            };
            acknowledged.set(n, { id: created.ticket.id, accessToken: created.accessToken });
            if (!killed() && acknowledged.size >= killAfter) {
              kill.done = true;
              first.cli.child.kill('SIGKILL');
            }
          } catch {
            // The server is gone: this creation was not acknowledged.
          }
        }
      };
      await Promise.all(Array.from({ length: clients }, worker));
      if (!killed()) first.cli.child.kill('SIGKILL');
      await first.cli.exited;
      expect(acknowledged.size, why).toBeGreaterThanOrEqual(Math.min(killAfter, tickets));

      const second = await startedAndReady(storageArgs());
      try {
        for (let n = 0; n < tickets; n += 1) {
          const response = await createTicket(second.url, n);
          expect(response.status, `${why}; ticket ${n}`).toBe(201);
          const created = (await response.json()) as {
            ticket: { id: string };
            accessToken: string;
          };
          const before = acknowledged.get(n);
          if (before) {
            expect(created.ticket.id, `${why}; ticket ${n}`).toBe(before.id);
            expect(created.accessToken, `${why}; ticket ${n}`).toBe(before.accessToken);
            expect(response.headers.get('idempotent-replayed'), why).toBe('true');
          }
          const read = await fetch(`${second.url}/api/v1/tickets/${created.ticket.id}`, {
            headers: { authorization: `Bearer ${created.accessToken}` },
          });
          expect(read.status, `${why}; ticket ${n}`).toBe(200);
        }
        const stats = (await (await fetch(`${second.url}/api/v1/_mock/stats`)).json()) as {
          tickets: number;
        };
        expect(stats.tickets, why).toBe(tickets);
      } finally {
        second.cli.child.kill('SIGTERM');
        await second.cli.exited;
      }
    },
  );
}

/** Starts the server and waits until it is ready (the database is migrated; the API answers). */
async function startedAndReady(args: string[]): Promise<{ cli: CliProcess; url: string }> {
  const cli = startCli(['--demo', '--port', '0', '--rate-limit', '0', ...args]);
  const ready = await cli.waitForLog('ready');
  return { cli, url: String(ready['url']) };
}
