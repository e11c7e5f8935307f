import { describe, expect, it } from 'vitest';
import { parseDeskKeys, readApiTarget } from './support/target.js';

describe('choosing the server the API tests talk to', () => {
  it('starts the mock server in process when no URL is given', () => {
    expect(readApiTarget({})).toEqual({ kind: 'in-process' });
    expect(readApiTarget({ OPIN_API_BASE_URL: '  ' })).toEqual({ kind: 'in-process' });
  });

  it('targets a URL with its desk keys, and mock control only when asked for', () => {
    const target = readApiTarget({
      OPIN_API_BASE_URL: 'https://support.example/api/v1/',
      OPIN_DESK_KEYS: 'opin=k-1, helsinki = k-2',
    });
    expect(target).toEqual({
      kind: 'external',
      apiBase: 'https://support.example/api/v1',
      deskKeys: { opin: 'k-1', helsinki: 'k-2' },
      mockControl: false,
    });
    const controlled = readApiTarget({
      OPIN_API_BASE_URL: 'http://127.0.0.1:4010/api/v1',
      OPIN_API_MOCK_CONTROL: '1',
    });
    expect(controlled).toMatchObject({ kind: 'external', deskKeys: {}, mockControl: true });
  });

  it('names the variable that is malformed', () => {
    expect(() => readApiTarget({ OPIN_API_BASE_URL: 'support.example' })).toThrow(
      'OPIN_API_BASE_URL must be an http(s) URL',
    );
    expect(() => parseDeskKeys('opin=k-1,helsinki')).toThrow('"helsinki" is not desk=key');
  });
});
