/**
 * Which server the API tests talk to. By default they start the mock server in this process. To
 * test another implementation of the contract, point them at it through the environment:
 *
 * - `OPIN_API_BASE_URL`: the API base, e.g. `https://support.example/api/v1`;
 * - `OPIN_DESK_KEYS`: the desk keys, `opin=…,helsinki=…` (each desk a test acts as);
 * - `OPIN_API_MOCK_CONTROL=1` if the server offers the mock's `/_mock/*` routes (a reset to the
 *   seed data before each test, the clock, the sent e-mails, the counts). Without them, the tests
 *   that need them are skipped and the others run against whatever data the server holds.
 *
 * `pnpm test:api:external` runs them this way against the mock server's own process.
 * @internal
 */

/** The server under test. */
export type ApiTarget =
  | { kind: 'in-process' }
  | { kind: 'external'; apiBase: string; deskKeys: Record<string, string>; mockControl: boolean };

/** Reads the target from `env`; a malformed variable is an error that names it. */
export function readApiTarget(env: Record<string, string | undefined>): ApiTarget {
  const apiBase = env.OPIN_API_BASE_URL?.trim();
  if (!apiBase) return { kind: 'in-process' };
  if (!/^https?:\/\/\S+$/.test(apiBase)) {
    throw new Error(`OPIN_API_BASE_URL must be an http(s) URL, not "${apiBase}"`);
  }
  return {
    kind: 'external',
    apiBase: apiBase.replace(/\/+$/, ''),
    deskKeys: parseDeskKeys(env.OPIN_DESK_KEYS ?? ''),
    mockControl: env.OPIN_API_MOCK_CONTROL === '1',
  };
}

/** `opin=key1, helsinki=key2` → `{ opin: 'key1', helsinki: 'key2' }`. */
export function parseDeskKeys(list: string): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const entry of list.split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const [desk, key] = entry.split('=').map((part) => part.trim());
    if (!desk || !key) throw new Error(`OPIN_DESK_KEYS: "${entry}" is not desk=key`);
    keys[desk] = key;
  }
  return keys;
}

/** The target of this run. */
export const apiTarget: ApiTarget = readApiTarget(process.env);

/** Whether this run can reset the data, move the clock and read sent e-mails (`/_mock/*`). */
export const hasMockControl = apiTarget.kind === 'in-process' || apiTarget.mockControl;
