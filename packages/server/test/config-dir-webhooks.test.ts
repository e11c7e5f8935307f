/**
 * A config directory's optional `webhooks.yaml` (or `.yml`, `.json`): checked with the others,
 * every problem naming file and field; and the webhook secrets read at start from an environment
 * variable or a file, at least 32 bytes, never echoed in a problem.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/config-error.js';
import { loadConfigDir, loadConfigDirWithIntegrations } from '../src/config/load-config-dir.js';
import { loadServerConfig } from '../src/config/server-config.js';
import { smallConfig, writeConfigDir } from './support/config-dir.js';

const secret = 'savonia-webhook-secret-0123456789abcdef';
const oldSecret = 'savonia-webhook-secret-old-0123456789ab';
const webhook = {
  desk: 'savonia',
  url: 'https://itsm.savonia.fi/hooks/opin?token=t0k3n',
  secret: { env: 'OPIN_WEBHOOK_SECRET_SAVONIA' },
};

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function configDir(webhooks: unknown, format: 'yaml' | 'json' = 'yaml'): Promise<string> {
  const dir = await writeConfigDir({ ...smallConfig(), webhooks }, format);
  dirs.push(dir);
  return dir;
}

async function refusal(loading: Promise<unknown>): Promise<ConfigError> {
  const error = await loading.then(
    () => new Error('loaded, but a refusal was expected'),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ConfigError)) throw error;
  return error;
}

describe('webhooks in a config directory', () => {
  it('are optional: none without the file', async () => {
    const dir = await writeConfigDir(smallConfig());
    dirs.push(dir);
    expect(await loadConfigDirWithIntegrations(dir)).toEqual({
      config: smallConfig(),
      webhooks: [],
      webhooksFile: 'webhooks',
      efecte: [],
    });
  });

  it.each(['yaml', 'json'] as const)('load from webhooks.%s', async (format) => {
    const dir = await configDir([webhook], format);
    const loaded = await loadConfigDirWithIntegrations(dir);
    expect(loaded.webhooks).toEqual([webhook]);
    expect(loaded.webhooksFile).toBe(`webhooks.${format}`);
    expect(await loadConfigDir(dir)).toEqual(smallConfig());
  });

  it('name the file and field of every problem, with the other files', async () => {
    const config = smallConfig();
    const [opin] = config.desks;
    const dir = await writeConfigDir({
      ...config,
      desks: [{ ...opin, languages: ['de'] }, config.desks[1]],
      webhooks: [
        { ...webhook, url: 'https://user:pw@itsm.savonia.fi/', secret: { env: 'A', file: 'b' } },
      ],
    });
    dirs.push(dir);
    expect((await refusal(loadConfigDir(dir))).problems).toEqual([
      'desks.yaml: [0].languages[0]: expected one of "fi", "sv", "en"',
      'webhooks.yaml: [0].url: Must not hold a user name or password: put a token in the path or query if the receiver needs one.',
      'webhooks.yaml: [0].secret: Must be { env: VARIABLE_NAME } or { file: /absolute/path }, never the secret itself.',
    ]);
  });

  it('refuse an unknown desk, a second webhook for a desk and plain http', async () => {
    const dir = await configDir(
      [
        webhook,
        { ...webhook, desk: 'hanken' },
        webhook,
        { ...webhook, desk: 'opin', url: 'http://127.0.0.1:4020/hook' },
      ],
      'json',
    );
    expect((await refusal(loadConfigDir(dir))).problems).toEqual([
      'webhooks.json: [1].desk: unknown desk "hanken"',
      'webhooks.json: [2].desk: desk "savonia" already has a webhook at [0]: one per desk',
      'webhooks.json: [3].url: Must be an https:// URL (plain http:// only to loopback, and only with --demo).',
    ]);
  });

  it('want one file, as a list', async () => {
    const dir = await configDir({ webhook });
    expect((await refusal(loadConfigDir(dir))).problems).toEqual([
      'webhooks.yaml: expected a list',
    ]);
    await writeFile(join(dir, 'webhooks.json'), '[]');
    expect((await refusal(loadConfigDir(dir))).problems).toEqual([
      'webhooks.yaml and webhooks.json: keep one of them, not both',
    ]);
  });
});

describe('webhook secrets, read at start', () => {
  it('come from the environment or a file (one trailing line break dropped)', async () => {
    const dir = await configDir([
      {
        ...webhook,
        previousSecret: { file: '/run/secrets/webhook-secret.txt' },
        events: ['message.learner'],
        allowPrivateNetwork: true,
      },
    ]);
    const files: Record<string, string> = { '/run/secrets/webhook-secret.txt': `${oldSecret}\n` };
    const { webhooks } = await loadServerConfig(
      { kind: 'directory', dir },
      {
        env: { OPIN_WEBHOOK_SECRET_SAVONIA: secret },
        readFile: (path) => Promise.resolve(files[path] ?? ''),
      },
    );
    expect(webhooks).toEqual([
      {
        desk: 'savonia',
        url: new URL(webhook.url),
        secrets: [secret, oldSecret],
        events: new Set(['message.learner']),
        addresses: { allowPrivateNetwork: true, allowLoopback: false },
      },
    ]);
  });

  it('refuse the start when one is missing, unreadable or shorter than 32 bytes, never showing it', async () => {
    const short = 'only-31-bytes-0123456789abcdefg';
    expect(new TextEncoder().encode(short).length).toBe(31);
    const dir = await configDir([
      webhook,
      {
        ...webhook,
        desk: 'opin',
        secret: { env: 'SHORT_SECRET' },
        previousSecret: { file: join('/no/such/dir', 'secret') },
      },
    ]);
    const error = await refusal(
      loadServerConfig({ kind: 'directory', dir }, { env: { SHORT_SECRET: short } }),
    );
    expect(error.problems).toEqual([
      'webhooks.yaml: [0].secret: environment variable OPIN_WEBHOOK_SECRET_SAVONIA is not set',
      'webhooks.yaml: [1].secret: environment variable SHORT_SECRET holds 31 bytes; at least 32 are needed',
      'webhooks.yaml: [1].previousSecret: file /no/such/dir/secret cannot be read (ENOENT)',
    ]);
    expect(error.message).toContain(`The config in ${dir} cannot be used:`);
    expect(error.message).not.toContain(short);
  });

  it('count bytes, not characters: 16 two-byte letters are 32 bytes', async () => {
    const dir = await configDir([webhook]);
    const { webhooks } = await loadServerConfig(
      { kind: 'directory', dir },
      { env: { OPIN_WEBHOOK_SECRET_SAVONIA: 'ä'.repeat(16) } },
    );
    expect(webhooks[0]?.secrets).toEqual(['ä'.repeat(16)]);
  });

  it('are not needed by the demo, which has no webhooks yet', async () => {
    expect((await loadServerConfig({ kind: 'demo' }, { env: {} })).webhooks).toEqual([]);
  });
});
