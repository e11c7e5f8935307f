/**
 * The command and its config, as an operator runs it: no config is a usage error, a broken config
 * directory refuses to start (exit 1, every problem on stderr, nothing listening or written), a
 * good one is served, and "keys create" names only a configured desk. A webhook whose secret is
 * too short refuses the start without showing it; one whose secret is good is counted, and the
 * secret is never logged.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallConfig, writeConfigDir } from './support/config-dir.js';
import { processTestCeilingMs, runCli, startCli } from './support/cli-process.js';

const savoniaWebhook =
  '- desk: savonia\n  url: https://itsm.savonia.fi/hooks/opin\n  secret: { env: SAVONIA_HOOK }\n';

describe('opin-support-server and its config', { timeout: processTestCeilingMs }, () => {
  let workDir = '';
  let goodConfig = '';
  let brokenConfig = '';
  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'opin-server-config-'));
    goodConfig = await writeConfigDir(smallConfig());
    await writeFile(join(goodConfig, 'webhooks.yaml'), savoniaWebhook);
    const config = smallConfig();
    const [, thesis] = config.topics;
    brokenConfig = await writeConfigDir(
      { ...config, topics: [...config.topics, { ...thesis, id: 'grades', kind: 'grades' }] },
      'json',
    );
  });
  afterAll(async () => {
    for (const dir of [workDir, goodConfig, brokenConfig]) {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start without --config or --demo, saying how to give one (exit 2)', async () => {
    const result = await runCli(['--port', '0', '--data-dir', join(workDir, 'none')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('give --config DIR (OPIN_CONFIG_DIR)');
    expect(result.stderr).toContain('--demo (OPIN_DEMO=1)');
    expect(result.stdout).toBe('');
  });

  it('refuses a broken config directory with exit 1, naming file and field, starting nothing', async () => {
    const dataDir = join(workDir, 'broken');
    const result = await runCli(['--port', '0', '--data-dir', dataDir, '--config', brokenConfig]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `opin-support-server: The config in ${brokenConfig} cannot be used:\n` +
        '  topics.json: [2].kind: expected one of "incident", "question", "request"\n',
    );
    expect(result.stdout).toBe('');
    await expect(readdir(dataDir)).rejects.toThrow(/ENOENT/);
  });

  it('refuses a key for a desk the config does not have, before opening storage', async () => {
    const dataDir = join(workDir, 'keys');
    const args = ['keys', 'create', '--desk', 'hanken', '--data-dir', dataDir];
    const unknown = await runCli([...args, '--config', goodConfig]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      'opin-support-server: Desk "hanken" is not in the config; its desks are: opin, savonia.\n',
    );
    expect(unknown.stdout).toBe('');
    const notInDemo = await runCli(['keys', 'create', '--desk', 'savonia', '--data-dir', dataDir], {
      OPIN_DEMO: '1',
    });
    expect(notInDemo.code).toBe(1);
    expect(notInDemo.stderr).toContain('Desk "savonia" is not in the config');
    await expect(readdir(dataDir)).rejects.toThrow(/ENOENT/);
  });

  it('serves a good config directory and makes keys for its desks', async () => {
    const dataDir = join(workDir, 'good');
    // The keys commands read no webhook secret: SAVONIA_HOOK is not set for them.
    const created = await runCli(['keys', 'create', '--desk', 'savonia', '--data-dir', dataDir], {
      OPIN_CONFIG_DIR: goodConfig,
    });
    expect(created.code).toBe(0);
    expect(created.stdout.trim()).toMatch(/^opin_dk_[A-Za-z0-9_-]{43}$/);

    const secret = 'savonia-webhook-secret-0123456789abcdef';
    const server = startCli(['--port', '0', '--data-dir', dataDir, '--config', goodConfig], {
      SAVONIA_HOOK: secret,
    });
    try {
      const config = await server.waitForLog('config');
      expect(config).toMatchObject({ demo: false, desks: 2, topics: 2, articles: 1, webhooks: 1 });
      await server.waitForLog('ready');
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      const { stdout, stderr } = server.output();
      expect(`${stdout}${stderr}`).not.toContain(secret);
    } finally {
      server.child.kill('SIGKILL');
    }
  });

  it('reads webhook secrets at start: a short one refuses it, without showing it', async () => {
    const dataDir = join(workDir, 'webhooks');
    const short = 'too-short-a-secret';
    const refused = await runCli(['--port', '0', '--data-dir', dataDir, '--config', goodConfig], {
      SAVONIA_HOOK: short,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `opin-support-server: The config in ${goodConfig} cannot be used:\n` +
        '  webhooks.yaml: [0].secret: environment variable SAVONIA_HOOK holds 18 bytes; at least 32 are needed\n',
    );
    expect(refused.stdout).toBe('');
    await expect(readdir(dataDir)).rejects.toThrow(/ENOENT/);
  });
});
