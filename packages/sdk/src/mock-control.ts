import * as z from 'zod/mini';
import {
  mockStatsSchema,
  outboxEmailSchema,
  type MockStats,
  type OutboxEmail,
} from './schemas/mock.js';
import { createHttp } from './internal/http.js';
import type { CallOptions, ClientOptions } from './options.js';

/** The mock server's own endpoints (`/_mock/*`), for tests and demos; a real backend has none. */
export interface MockControl {
  /** `GET /_mock/outbox`: the e-mails the backend would have sent. */
  outbox(o?: CallOptions): Promise<OutboxEmail[]>;
  /** `POST /_mock/clock`: moves the server clock forward by `minutes`. */
  advanceClock(minutes: number, o?: CallOptions): Promise<void>;
  /** `POST /_mock/reset`: back to the seed data, rate-limit counters cleared. */
  reset(o?: CallOptions): Promise<void>;
  /** `GET /_mock/stats`: how many tickets are stored, per desk. */
  stats(o?: CallOptions): Promise<MockStats>;
}

const outboxSchema = z.array(outboxEmailSchema);

/** Creates a client for the mock server's control endpoints. */
export function createMockControl(options: ClientOptions): MockControl {
  const http = createHttp(options);
  return {
    outbox: (o) => http.json({ path: '_mock/outbox', signal: o?.signal }, outboxSchema),
    advanceClock: async (minutes, o) => {
      const json = { advanceMinutes: minutes };
      await http.call({ method: 'post', path: '_mock/clock', json, signal: o?.signal });
    },
    reset: async (o) => {
      await http.call({ method: 'post', path: '_mock/reset', signal: o?.signal });
    },
    stats: (o) => http.json({ path: '_mock/stats', signal: o?.signal }, mockStatsSchema),
  };
}
