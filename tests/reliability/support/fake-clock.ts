/**
 * @internal Runs SDK calls to their end under vitest's fake timers, so waits of seconds take none.
 */
import { expect, vi } from 'vitest';
import type { SentRequest } from './scripted-fetch.js';

/** Fakes only the clock and timeouts; bodies and streams keep working on the real event loop. */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-11-25T12:00:00.000Z'));
}

/** Fires every timer until the call settles; its value or reason. */
export async function settle<T>(call: Promise<T>): Promise<PromiseSettledResult<T>> {
  const outcome = Promise.allSettled([call]);
  await vi.runAllTimersAsync();
  const [result] = await outcome;
  return result;
}

/** The error the call fails with, after every timer fired; fails the test if it succeeds. */
export async function failureOf(call: Promise<unknown>): Promise<unknown> {
  const result = await settle(call);
  if (result.status === 'fulfilled') expect.fail('expected the call to fail');
  return result.reason;
}

/** Milliseconds between one request and the next. */
export function gapsBetween(requests: SentRequest[]): number[] {
  return requests.slice(1).map((request, i) => request.at - (requests[i]?.at ?? request.at));
}
