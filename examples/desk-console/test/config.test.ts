import { describe, expect, it } from 'vitest';
import { DEFAULT_API_BASE, readConsoleConfig } from '../src/config.js';

describe('the console configuration from the page address', () => {
  it('uses the demo mock server when no ?api= is given', () => {
    expect(readConsoleConfig('')).toEqual({
      apiBase: DEFAULT_API_BASE,
      deskId: undefined,
      ticketId: undefined,
      mailCatcher: undefined,
      webhookReceiver: undefined,
      problem: undefined,
    });
    expect(DEFAULT_API_BASE).toBe('http://127.0.0.1:4010/api/v1');
  });

  it('takes ?api=, ?desk= and ?ticket=, dropping a trailing slash of the API base', () => {
    const search =
      '?api=http%3A%2F%2F127.0.0.1%3A5999%2Fapi%2Fv1%2F&desk=abo-akademi&ticket=opin-000042';
    expect(readConsoleConfig(search)).toEqual({
      apiBase: 'http://127.0.0.1:5999/api/v1',
      deskId: 'abo-akademi',
      ticketId: 'OPIN-000042',
      mailCatcher: undefined,
      webhookReceiver: undefined,
      problem: undefined,
    });
  });

  it('ignores an API base that is not an http(s) address, and says so', () => {
    const config = readConsoleConfig('?api=javascript:alert(1)');
    expect(config.apiBase).toBe(DEFAULT_API_BASE);
    expect(config.problem).toMatch(/Ignored \?api=javascript:alert\(1\)/);
  });

  it('ignores desk ids and ticket references that do not look like ones', () => {
    const config = readConsoleConfig('?desk=../../admin&ticket=OPIN-12');
    expect(config.deskId).toBeUndefined();
    expect(config.ticketId).toBeUndefined();
  });

  it("takes pnpm demo's mail catcher from ?mail=, and ignores one that is not an http(s) address", () => {
    expect(readConsoleConfig('?mail=http%3A%2F%2F127.0.0.1%3A4011%2F').mailCatcher).toBe(
      'http://127.0.0.1:4011',
    );
    const config = readConsoleConfig('?mail=file:///etc/passwd');
    expect(config.mailCatcher).toBeUndefined();
    expect(config.problem).toMatch(/Ignored \?mail=file:\/\/\/etc\/passwd/);
  });

  it("takes pnpm demo's webhook receiver from ?hooks=, and ignores one that is not an http(s) address", () => {
    expect(readConsoleConfig('?hooks=http%3A%2F%2F127.0.0.1%3A4012%2F').webhookReceiver).toBe(
      'http://127.0.0.1:4012',
    );
    const config = readConsoleConfig('?hooks=data:text/html,x');
    expect(config.webhookReceiver).toBeUndefined();
    expect(config.problem).toMatch(/Ignored \?hooks=data:text\/html,x/);
  });
});
