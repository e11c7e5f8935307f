/**
 * `efecte.yaml` in a config directory (docs/design/realtime.md, §4 "The mapping"): optional,
 * checked by the domain's schema and against the desks (known, `integration: realtime`, once),
 * every problem naming the file and field; and the secrets it names, read when the connector
 * starts, refused by source name without ever showing a value.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/config-error.js';
import { loadConfigDirWithIntegrations } from '../src/config/load-config-dir.js';
import { loadServerConfig } from '../src/config/server-config.js';
import { readEfecteCredentials } from '../src/efecte/efecte-credentials.js';
import { smallConfig, writeConfigDir } from './support/config-dir.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The small config with a real-time institution desk, `helsinki`. */
function lists(efecte?: unknown) {
  const config = smallConfig();
  const [, savonia] = config.desks;
  const helsinki = { ...savonia, id: 'helsinki', integration: 'realtime', deskEmail: undefined };
  return {
    ...config,
    desks: [...config.desks, helsinki],
    ...(efecte === undefined ? {} : { efecte }),
  };
}

function helsinkiEntry(): Record<string, unknown> {
  return {
    desk: 'helsinki',
    baseUrl: 'https://helsinki.efectecloud.com/rest-api/itsm/v1',
    login: { env: 'EFECTE_HELSINKI_LOGIN' },
    password: { env: 'EFECTE_HELSINKI_PASSWORD' },
    inboundSecret: { file: '/run/secrets/efecte-helsinki' },
    templateCode: 'incident',
    folderCode: 'opin_fi',
    attributes: {
      reference: 'opin_reference',
      subject: 'subject',
      summary: 'description',
      handoffState: 'opin_state',
      toOpin: 'opin_outbound',
      fromAgent: 'opin_reply',
      request: 'opin_request',
    },
    statusCodes: { received: '01', in_progress: '02', waiting_for_learner: '03', resolved: '05' },
  };
}

async function configDir(...args: Parameters<typeof writeConfigDir>): Promise<string> {
  const dir = await writeConfigDir(...args);
  dirs.push(dir);
  return dir;
}

async function problemsOf(dir: string): Promise<readonly string[]> {
  try {
    await loadConfigDirWithIntegrations(dir);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error(`${dir} loaded, but a refusal was expected.`);
}

describe('efecte.yaml', () => {
  it('is optional: without it there are no Efecte desks', async () => {
    const dir = await configDir(lists());
    expect((await loadServerConfig({ kind: 'directory', dir })).efecte).toEqual([]);
    expect((await loadServerConfig({ kind: 'demo' })).efecte).toEqual([]);
  });

  it.each(['yaml', 'json'] as const)(
    'loads from %s, with the intervals defaulting to 60',
    async (format) => {
      const dir = await configDir(lists([helsinkiEntry()]), format);
      const { efecte } = await loadConfigDirWithIntegrations(dir);
      expect(efecte).toEqual([
        { ...helsinkiEntry(), pollIntervalSeconds: 60, reconcileEveryMinutes: 60 },
      ]);
    },
  );

  it('names the file and field of every schema problem', async () => {
    const entry = helsinkiEntry();
    const dir = await configDir(
      lists([
        {
          ...entry,
          baseUrl: 'http://helsinki.efectecloud.com/rest-api/itsm/v1',
          login: { env: 'EFECTE_LOGIN', file: '/run/secrets/login' },
          password: 'hunter2',
          templateCode: 'incident template',
          attributes: {
            ...(entry['attributes'] as object),
            fromAgent: 'opin_outbound',
            extra: 'x',
          },
          statusCodes: { received: '01' },
          pollIntervalSeconds: 5,
          reconcileEveryMinutes: 1.5,
          colour: 'blue',
        },
      ]),
    );
    const problems = await problemsOf(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^efecte\.yaml: \[0\]\.baseUrl: Must be an https:\/\/ URL/),
        'efecte.yaml: [0].login: Must be { env: VARIABLE_NAME } or { file: /absolute/path }, never the secret itself.',
        'efecte.yaml: [0].password: Must be { env: VARIABLE_NAME } or { file: /absolute/path }, never the secret itself.',
        'efecte.yaml: [0].templateCode: Must be an Efecte code (letters, digits, _).',
        'efecte.yaml: [0].attributes.extra: unknown field',
        'efecte.yaml: [0].statusCodes.in_progress: expected text',
        'efecte.yaml: [0].pollIntervalSeconds: Must be 10 or more.',
        'efecte.yaml: [0].reconcileEveryMinutes: expected a whole number',
        'efecte.yaml: [0].colour: unknown field',
      ]) as string[],
    );
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('refuses two fields mapped to one attribute', async () => {
    const entry = helsinkiEntry();
    const attributes = { ...(entry['attributes'] as object), fromAgent: 'opin_outbound' };
    const dir = await configDir(lists([{ ...entry, attributes }]));
    expect(await problemsOf(dir)).toEqual([
      'efecte.yaml: [0].attributes: Names an attribute for two fields.',
    ]);
  });

  it('refuses an unknown desk, an e-mail desk and a desk listed twice', async () => {
    const entry = helsinkiEntry();
    const dir = await configDir(
      lists([entry, { ...entry, desk: 'tampere' }, { ...entry, desk: 'savonia' }, entry]),
    );
    expect(await problemsOf(dir)).toEqual([
      'efecte.yaml: [1].desk: unknown desk "tampere"',
      'efecte.yaml: [2].desk: desk "savonia" is integration: email; an Efecte desk is integration: realtime',
      'efecte.yaml: [3].desk: desk "helsinki" is also at [0]',
    ]);
  });

  it('lists its problems with those of the other files', async () => {
    const config = lists([{ ...helsinkiEntry(), desk: 'tampere' }]);
    const dir = await configDir({ ...config, topics: [...config.topics, config.topics[0]] });
    expect(await problemsOf(dir)).toEqual([
      'topics.yaml: [2].id: id "sign-in" is also at [0]',
      'efecte.yaml: [0].desk: unknown desk "tampere"',
    ]);
  });

  it('is one file: efecte.yaml and efecte.json together are refused', async () => {
    const dir = await configDir(lists([helsinkiEntry()]));
    await writeFile(join(dir, 'efecte.json'), '[]');
    expect(await problemsOf(dir)).toEqual([
      'efecte.yaml and efecte.json: keep one of them, not both',
    ]);
  });
});

describe("an Efecte desk's secrets", () => {
  it('are read from the environment and files when the connector starts', async () => {
    const dir = await configDir(lists());
    const secretFile = join(dir, 'inbound-secret');
    await writeFile(secretFile, `${'k'.repeat(40)}\n`);
    const entry = { ...helsinkiEntry(), inboundSecret: { file: secretFile } };
    const loaded = await loadConfigDirWithIntegrations(await configDir(lists([entry])));
    const credentials = await readEfecteCredentials(loaded.efecte, {
      EFECTE_HELSINKI_LOGIN: 'opin-integration',
      EFECTE_HELSINKI_PASSWORD: 'salasana',
    });
    expect(credentials.get('helsinki')).toEqual({
      login: 'opin-integration',
      password: 'salasana',
      inboundSecret: 'k'.repeat(40),
    });
  });

  it('are refused by source when missing, unreadable or too short, never showing a value', async () => {
    const dir = await configDir(lists());
    const shortFile = join(dir, 'short');
    await writeFile(shortFile, 'lyhyt-salaisuus');
    const loaded = await loadConfigDirWithIntegrations(
      await configDir(lists([{ ...helsinkiEntry(), inboundSecret: { file: shortFile } }])),
    );
    const error = await readEfecteCredentials(loaded.efecte, {
      EFECTE_HELSINKI_PASSWORD: '  ',
    }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'efecte: [0].login: environment variable EFECTE_HELSINKI_LOGIN is not set',
      'efecte: [0].password: environment variable EFECTE_HELSINKI_PASSWORD is empty',
      `efecte: [0].inboundSecret: file ${shortFile} holds 15 bytes; at least 32 are needed`,
    ]);
    expect((error as Error).message).not.toContain('lyhyt');

    const [entry] = loaded.efecte;
    if (!entry) throw new Error('efecte.yaml was not loaded.');
    const missing = await readEfecteCredentials(
      [{ ...entry, inboundSecret: { file: join(dir, 'nothing') } }],
      { EFECTE_HELSINKI_LOGIN: 'a', EFECTE_HELSINKI_PASSWORD: 'b' },
    ).catch((thrown: unknown) => thrown);
    expect((missing as ConfigError).problems).toEqual([
      `efecte: [0].inboundSecret: file ${join(dir, 'nothing')} cannot be read (ENOENT)`,
    ]);
  });
});
