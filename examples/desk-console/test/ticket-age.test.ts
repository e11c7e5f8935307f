import { describe, expect, it } from 'vitest';
import { ticketAge } from '../src/ticket-age.js';

const filed = '2026-11-25T12:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('ticketAge', () => {
  it('is compact and rounds down: just now, minutes, hours, days', () => {
    expect(ticketAge(filed, at('2026-11-25T12:00:59.999Z'))).toBe('just now');
    expect(ticketAge(filed, at('2026-11-25T12:01:00.000Z'))).toBe('1 min ago');
    expect(ticketAge(filed, at('2026-11-25T12:59:59.000Z'))).toBe('59 min ago');
    expect(ticketAge(filed, at('2026-11-25T13:00:00.000Z'))).toBe('1 h ago');
    expect(ticketAge(filed, at('2026-11-26T11:59:00.000Z'))).toBe('23 h ago');
    expect(ticketAge(filed, at('2026-11-26T12:00:00.000Z'))).toBe('1 d ago');
    expect(ticketAge(filed, at('2026-12-25T12:00:00.000Z'))).toBe('30 d ago');
  });

  it('counts a time ahead of this clock (a server clock moved forward) as just now', () => {
    expect(ticketAge(filed, at('2026-11-25T08:00:00.000Z'))).toBe('just now');
  });

  it('is empty for a time it cannot read', () => {
    expect(ticketAge('not a time', at(filed))).toBe('');
  });
});
