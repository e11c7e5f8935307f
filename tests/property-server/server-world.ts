/**
 * Worlds on the support server (`@opin/support-server`), started in process with `--demo` (the
 * `/_mock/*` control endpoints and `dev-<deskId>` keys) and the demo config, and answering over
 * real HTTP on loopback. One server per set of options serves every world of a test file: a new
 * world is the server after `POST /_mock/reset`. The test keeps the server's database handle, so a
 * world's stored state is every table the server writes (`table-dump.ts` of the server's tests).
 * @internal
 */
import { demoConfig } from '@opin/support-domain';
import type { ApiOptions } from '@opin/support-http';
import { readText } from '../../packages/mock-server/test/property/support/mock-world.js';
import {
  UnsendableCall,
  type Call,
  type Reply,
  type World,
  type WorldTarget,
} from '../../packages/mock-server/test/property/support/world.js';
import { startSupportServerOpening, type SupportServer } from '../../packages/server/src/server.js';
import type { OpenedDatabase } from '../../packages/server/src/storage/opened-database.js';
import { openStorage } from '../../packages/server/src/storage/open.js';
import type { DatabaseTarget } from '../../packages/server/src/storage/target.js';
import { silentLog } from '../../packages/server/test/support/silent-log.js';
import { dumpTables } from '../../packages/server/test/support/table-dump.js';

/** A database for one server, and how to give it back. */
export interface ServerDatabase {
  target: DatabaseTarget;
  release: () => Promise<void>;
}

/**
 * Headers undici's fetch refuses to send (they describe the connection, not the request). The
 * server's node:http parser handles them before the contract's handlers see the request; the mock
 * gets them as plain headers. On the server they are left out.
 */
const connectionHeaders = new Set([
  'connection',
  'expect',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
]);

/** What Node.js's HTTP clients refuse in a header value (`UnsendableCall`). */
const unsendableValue = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * The mock's client-address header (a `node:http` listener overwrites it with the socket's
 * address), sent to the server as its trusted proxy's `X-Forwarded-For`.
 */
const MOCK_CLIENT = 'x-opin-mock-client';

/** Where a started server is, and what the test holds of it. */
interface Running {
  server: SupportServer;
  database: OpenedDatabase;
  release: () => Promise<void>;
}

/**
 * A server target named `name` whose servers each get a database from `database()`. Runs
 * `runShare` of each property's cases.
 */
export function serverTarget(
  name: string,
  runShare: number,
  database: () => Promise<ServerDatabase>,
): WorldTarget & { closeAll(): Promise<void> } {
  const running = new Map<string, Promise<Running>>();

  async function start(options: ApiOptions): Promise<Running> {
    const { target, release } = await database();
    let opened: OpenedDatabase | undefined;
    const server = await startSupportServerOpening(
      {
        port: 0,
        host: '127.0.0.1',
        database: target,
        config: demoConfig,
        demo: true,
        logger: silentLog,
        api: { ...options, trustedProxies: ['127.0.0.1'] },
      },
      async (at, log) => (opened = await openStorage(at, log)),
    );
    await server.ready;
    if (!opened) throw new Error('The server opened no database.');
    return { server, database: opened, release };
  }

  return {
    name,
    runShare,
    async createWorld(options) {
      const api = { rateLimitPerMinute: 0, heartbeatMs: 5, ...options };
      const key = JSON.stringify(api);
      let starting = running.get(key);
      if (!starting) {
        starting = start(api);
        running.set(key, starting);
      }
      const { server, database } = await starting;
      const world = serverWorld(name, `${server.url}/api/v1`, () => dumpTables(database.db));
      const reset = await world.send({ method: 'POST', path: '/_mock/reset' });
      if (reset.status !== 204) throw new Error(`POST /_mock/reset → ${reset.status}`);
      return world;
    },
    async closeAll() {
      const all = await Promise.allSettled(running.values());
      running.clear();
      for (const result of all) {
        if (result.status !== 'fulfilled') continue;
        await result.value.server.close();
        await result.value.release();
      }
    },
  };
}

function serverWorld(target: string, api: string, dump: () => Promise<string>): World {
  const world: World = {
    target,
    async send(call: Call): Promise<Reply> {
      const headers = new Headers();
      for (const [name, value] of Object.entries(call.headers ?? {})) {
        const lower = name.toLowerCase();
        if (connectionHeaders.has(lower)) continue;
        if (unsendableValue.test(value)) {
          throw new UnsendableCall(`${name}: ${JSON.stringify(value)} cannot be sent over HTTP`);
        }
        headers.set(lower === MOCK_CLIENT ? 'x-forwarded-for' : name, value);
      }
      const response = await fetch(`${api}${call.path}`, {
        method: call.method,
        headers,
        body: typeof call.body === 'string' ? call.body : (call.body?.slice() ?? null),
        redirect: 'manual',
      });
      return { status: response.status, headers: response.headers, text: await readText(response) };
    },
    async storedState() {
      // The server's HTTP state outside its tables: the clock's offset (`GET /_mock/clock`). Its
      // rate-limit windows, stream slots and event-stream followers live in its process and are
      // not reachable from here; the mock world compares its own (`support/mock-world.ts` of the suites).
      const clock = await world.send({ method: 'GET', path: '/_mock/clock' });
      const { offsetMinutes } = JSON.parse(clock.text) as { offsetMinutes: number };
      return JSON.stringify({ tables: await dump(), clockOffsetMinutes: offsetMinutes });
    },
    checkpoint() {
      // No going back in place: rows written under a running repository cannot be put back
      // without its caches (id pool, followers) knowing. The caller rebuilds its fixture.
      return Promise.resolve({ restore: () => Promise.resolve(false) });
    },
  };
  return world;
}
