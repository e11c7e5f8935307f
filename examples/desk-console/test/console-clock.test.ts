import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockControl, type MockControl } from '@opin/support-mock-server/control';
import { ConsoleClock } from '../src/console-clock.js';
import { useConsoleHarness } from './support/console-harness.js';

const h = useConsoleHarness();
const MINUTE_MS = 60_000;
const realNow = Date.parse('2026-11-25T12:00:00.000Z');

/** The console clock's now while this computer's clock reads `realNow`. */
function nowOf(clock: ConsoleClock): number {
  const spy = vi.spyOn(Date, 'now').mockReturnValue(realNow);
  try {
    return clock.now().getTime();
  } finally {
    spy.mockRestore();
  }
}

/** A control client that counts its clock reads. */
function counting(mock: MockControl): { mock: Pick<MockControl, 'clock'>; reads: () => number } {
  let reads = 0;
  return {
    mock: { clock: (o) => (reads++, mock.clock(o)) },
    reads: () => reads,
  };
}

afterEach(() => vi.restoreAllMocks());

describe('the console clock', () => {
  it('is this computer’s clock plus the offset the mock server’s clock was advanced by', async () => {
    const { mock } = h.play('opin');
    const clock = new ConsoleClock(mock);
    await clock.sync();
    expect(nowOf(clock)).toBe(realNow);

    await mock.advanceClock(240);
    expect(nowOf(clock)).toBe(realNow); // not read yet
    await clock.sync();
    expect(nowOf(clock)).toBe(realNow + 240 * MINUTE_MS);

    await mock.reset();
    await clock.sync();
    expect(nowOf(clock)).toBe(realNow);
  });

  it('is this computer’s clock against a backend without /_mock (404), and asks it only when forced', async () => {
    // The mock answers 404 to any path it does not know, as a real backend does to /_mock.
    const noMock = createMockControl({ baseUrl: `${h.server.apiBase}/no-mock-here` });
    await expect(noMock.clock()).rejects.toMatchObject({ name: 'SupportHttpError', status: 404 });
    const { mock, reads } = counting(noMock);
    const clock = new ConsoleClock(mock);
    await h.play('opin').mock.advanceClock(240);

    await clock.sync();
    await clock.sync();
    expect(nowOf(clock)).toBe(realNow);
    expect(reads()).toBe(1);
    await clock.sync(true);
    expect(reads()).toBe(2);
  });

  it('is this computer’s clock when the backend does not answer at all', async () => {
    const { mock, reads } = counting(createMockControl({ baseUrl: 'http://127.0.0.1:1/api/v1' }));
    const clock = new ConsoleClock(mock);

    await expect(clock.sync()).resolves.toBeUndefined();
    await clock.sync();
    expect(nowOf(clock)).toBe(realNow);
    expect(reads()).toBe(1);
  });
});
