/**
 * The mock server's control client: its own endpoints (`/_mock/*`), for tests and demos.
 */
import type { CallOptions } from '@opin/support-sdk';
import {
  mockStatsSchema,
  outboxEmailSchema,
  type ClockRequest,
  type MockStats,
  type OutboxEmail,
} from '@opin/support-sdk/schemas';
import {
  readControl,
  readControlPage,
  sendControl,
  type ResponseSchema,
} from './control-request.js';
import type { MockControlOptions } from './mock-control-options.js';

export type { MockControlOptions } from './mock-control-options.js';

/**
 * The mock server's own endpoints (`/_mock/*`), for tests and demos; a real backend has none.
 * Every failure is one of the SDK's typed errors (`@opin/support-sdk`).
 */
export interface MockControl {
  /**
   * `GET /_mock/outbox`: the e-mails the backend would have sent, oldest first. Reads every page
   * (of 500), one request after another; an e-mail sent meanwhile is on a later page.
   */
  outbox(o?: CallOptions): Promise<OutboxEmail[]>;
  /** `GET /_mock/clock`: the server time, and how far the clock was moved ahead of real time. */
  clock(o?: CallOptions): Promise<MockClock>;
  /** `POST /_mock/clock`: moves the server clock forward by `minutes`. */
  advanceClock(minutes: number, o?: CallOptions): Promise<void>;
  /** `POST /_mock/reset`: back to the seed data, rate-limit counters cleared. */
  reset(o?: CallOptions): Promise<void>;
  /** `GET /_mock/stats`: how many tickets are stored, per desk. */
  stats(o?: CallOptions): Promise<MockStats>;
}

/** The mock server's clock, as `GET /_mock/clock` reports it. */
export interface MockClock {
  /** The server time (ISO 8601). */
  now: string;
  /** How many minutes the clock was moved ahead of real time (0 after a reset). */
  offsetMinutes: number;
}

/** `{now, offsetMinutes}`: an ISO time and a whole number of minutes, 0 or more. */
const clockSchema: ResponseSchema<MockClock> = {
  safeParse: (value) => {
    if (typeof value !== 'object' || value === null) return { success: false };
    const { now, offsetMinutes } = value as Record<string, unknown>;
    if (typeof now !== 'string' || Number.isNaN(Date.parse(now))) return { success: false };
    if (!Number.isSafeInteger(offsetMinutes) || (offsetMinutes as number) < 0) {
      return { success: false };
    }
    return { success: true, data: { now, offsetMinutes: offsetMinutes as number } };
  },
};

/** Every e-mail of the outbox, each as `outboxEmailSchema` parses it. */
const outboxSchema: ResponseSchema<OutboxEmail[]> = {
  safeParse: (value) => {
    if (!Array.isArray(value)) return { success: false };
    const emails: OutboxEmail[] = [];
    for (const item of value) {
      const email = outboxEmailSchema.safeParse(item);
      if (!email.success) return { success: false };
      emails.push(email.data);
    }
    return { success: true, data: emails };
  },
};

/** The page size `outbox()` reads with: the largest the mock allows. */
const allPagesLimit = '500';

/** Creates a client for a running mock server's control endpoints. */
export function createMockControl(options: MockControlOptions): MockControl {
  return {
    outbox: async (o) => {
      const emails: OutboxEmail[] = [];
      let cursor: string | undefined;
      do {
        const page = await readControlPage(
          options,
          {
            method: 'GET',
            path: '_mock/outbox',
            searchParams: { limit: allPagesLimit, cursor },
            signal: o?.signal,
          },
          outboxSchema,
        );
        emails.push(...page.data);
        cursor = page.nextCursor;
      } while (cursor !== undefined);
      return emails;
    },
    clock: (o) =>
      readControl(options, { method: 'GET', path: '_mock/clock', signal: o?.signal }, clockSchema),
    advanceClock: (minutes, o) => {
      const json: ClockRequest = { advanceMinutes: minutes };
      return sendControl(options, { method: 'POST', path: '_mock/clock', json, signal: o?.signal });
    },
    reset: (o) => sendControl(options, { method: 'POST', path: '_mock/reset', signal: o?.signal }),
    stats: (o) =>
      readControl(
        options,
        { method: 'GET', path: '_mock/stats', signal: o?.signal },
        mockStatsSchema,
      ),
  };
}
