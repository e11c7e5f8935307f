import { describe, expect, it } from 'vitest';
import { proveExactlyOnce, type TicketCensus } from './ticket-census.js';

const before: TicketCensus = { stored: 1, ids: ['OPIN-000001'] };
const acknowledged = new Map([
  ['key-a', 'OPIN-000002'],
  ['key-b', 'OPIN-000003'],
]);

describe('the exactly-once proof', () => {
  it('holds when every acknowledged key is one new ticket and nothing else was stored', () => {
    const after = { stored: 3, ids: ['OPIN-000001', 'OPIN-000003', 'OPIN-000002'] };
    expect(proveExactlyOnce(before, after, acknowledged)).toBe(
      '2 acknowledged, 2 new tickets, every id exactly once.',
    );
  });

  it('fails when a ticket is listed twice', () => {
    const after = { stored: 3, ids: ['OPIN-000001', 'OPIN-000002', 'OPIN-000002'] };
    expect(() => proveExactlyOnce(before, after, acknowledged)).toThrow(/not new exactly once/);
  });

  it('fails when the server stored a ticket nobody was told about', () => {
    const after = {
      stored: 4,
      ids: ['OPIN-000001', 'OPIN-000002', 'OPIN-000003', 'OPIN-000004'],
    };
    expect(() => proveExactlyOnce(before, after, acknowledged)).toThrow(/4 listed|3 new tickets/);
  });

  it('fails when two keys were acknowledged with the same ticket', () => {
    const twice = new Map([
      ['key-a', 'OPIN-000002'],
      ['key-b', 'OPIN-000002'],
    ]);
    const after = { stored: 2, ids: ['OPIN-000001', 'OPIN-000002'] };
    expect(() => proveExactlyOnce(before, after, twice)).toThrow(
      /2 keys were acknowledged with 1 ids/,
    );
  });

  it('fails when an acknowledged ticket existed before the run', () => {
    const old = new Map([['key-a', 'OPIN-000001']]);
    const after = { stored: 2, ids: ['OPIN-000001', 'OPIN-000005'] };
    expect(() => proveExactlyOnce(before, after, old)).toThrow(/not new exactly once/);
  });
});
