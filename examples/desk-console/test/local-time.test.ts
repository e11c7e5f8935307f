import { describe, expect, it } from 'vitest';
import { formatTime } from '../src/local-time.js';

describe('formatTime', () => {
  it('writes the time in the given zone, with its short name', () => {
    expect(formatTime('2026-11-25T06:00:00.000Z', 'Europe/Helsinki')).toBe('2026-11-25 08:00 EET');
    expect(formatTime('2026-07-01T06:00:00.000Z', 'Europe/Helsinki')).toBe('2026-07-01 09:00 EEST');
    expect(formatTime('2026-11-25T06:00:00.000Z', 'UTC')).toBe('2026-11-25 06:00 UTC');
  });

  it('moves the date with the zone, and writes midnight as 00', () => {
    expect(formatTime('2026-12-31T22:30:00.000Z', 'Europe/Helsinki')).toBe('2027-01-01 00:30 EET');
    expect(formatTime('2026-11-25T03:00:00.000Z', 'America/New_York')).toBe(
      '2026-11-24 22:00 GMT-5',
    );
  });

  it('gives back a text that is no time as it is', () => {
    expect(formatTime('not a time', 'UTC')).toBe('not a time');
  });
});
