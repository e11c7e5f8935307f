/**
 * The command as an operator runs it, on a temporary data directory: keys made before the server
 * starts, the server answering its health endpoints over real HTTP, SIGTERM closing it cleanly,
 * a restart on the same directory, and the key still verifying after it.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoConfig } from '@opin/support-domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDeskKey } from '../src/keys/desk-keys.js';
import { openStorage } from '../src/storage/open.js';
import { processTestCeilingMs, runCli, startCli, type CliProcess } from './support/cli-process.js';
import { silentLog } from './support/silent-log.js';

describe('opin-support-server on a data directory', { timeout: processTestCeilingMs }, () => {
  let dataDir = '';
  let key = '';
  let keyId = '';
  let running: CliProcess | undefined;
  beforeAll(async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), 'opin-server-')), 'data');
  });
  afterAll(async () => {
    running?.child.kill('SIGKILL');
    await rm(join(dataDir, '..'), { recursive: true, force: true });
  });

  /** Starts the server on the data directory and waits until it is ready; returns its URL. */
  async function serve(): Promise<string> {
    running = startCli(['--demo', '--port', '0', '--data-dir', dataDir]);
    const { url } = await running.waitForLog('listening');
    await running.waitForLog('ready');
    if (typeof url !== 'string') throw new Error('no URL in the "listening" line');
    return url;
  }

  /** Stops the server with SIGTERM; resolves with its exit code. */
  async function stop(): Promise<number | null> {
    if (!running) throw new Error('not running');
    running.child.kill('SIGTERM');
    const code = await running.exited;
    await running.waitForLog('stopped');
    running = undefined;
    return code;
  }

  it('creates a desk key in a new data directory, printing the key once and logging no secret', async () => {
    const result = await runCli(['keys', 'create', '--desk', 'hanken', '--data-dir', dataDir]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    key = lines[0] ?? '';
    expect(key).toMatch(/^opin_dk_[A-Za-z0-9_-]{43}$/);
    keyId = /Created key (dk_[0-9a-f]+) for desk hanken/.exec(result.stderr)?.[1] ?? '';
    expect(keyId).not.toBe('');
    expect(result.stderr).not.toContain(key);
    expect(result.stderr).toContain('preparing the data directory');
  });

  it('serves /healthz and /readyz over loopback, and holds the data directory while it runs', async () => {
    const url = await serve();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running?.lines.find((line) => line.msg === 'config')).toMatchObject({
      demo: true,
      desks: demoConfig.desks.length,
      topics: demoConfig.topics.length,
    });
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    // The contract is served: the demo's topics, in the language asked for.
    const topics = await fetch(`${url}/api/v1/topics?locale=sv`);
    expect(topics.status).toBe(200);
    expect(((await topics.json()) as unknown[]).length).toBe(demoConfig.topics.length);
    // A second process on an embedded directory would corrupt it: it is refused.
    const busy = await runCli(['keys', 'list', '--data-dir', dataDir]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/in use by process \d+/);
  });

  it('stops on SIGTERM with exit code 0, closing the database and releasing the directory', async () => {
    const logs = running?.lines ?? [];
    expect(await stop()).toBe(0);
    expect(logs.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['signal received', 'stopping', 'stopped']),
    );
    expect(await readdir(dataDir)).not.toContain('opin-support-server.lock');
    expect(JSON.stringify(logs)).not.toContain(key);
  });

  it('starts again on the same directory without preparing it, and the key still verifies', async () => {
    const url = await serve();
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const messages = running?.lines.map((line) => line.msg) ?? [];
    expect(messages).not.toContain('preparing the data directory (first start: initdb)');
    expect(messages).not.toContain('migration applied');
    expect(await stop()).toBe(0);
    const storage = await openStorage({ kind: 'embedded', dataDir }, silentLog);
    try {
      expect(await verifyDeskKey(storage.db, key)).toBe('hanken');
    } finally {
      await storage.close();
    }
  });

  it('lists the key without showing it, and revokes it', async () => {
    const listed = await runCli(['keys', 'list', '--data-dir', dataDir]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(
      new RegExp(`^${keyId}\\s+hanken\\s+created \\S+\\s+active$`, 'm'),
    );
    expect(listed.stdout).not.toContain(key);
    const revoked = await runCli(['keys', 'revoke', keyId], { OPIN_DATA_DIR: dataDir });
    expect(revoked.code).toBe(0);
    expect(revoked.stderr).toContain(`Revoked key ${keyId}.`);
    const storage = await openStorage({ kind: 'embedded', dataDir }, silentLog);
    try {
      expect(await verifyDeskKey(storage.db, key)).toBeNull();
    } finally {
      await storage.close();
    }
  });

  it('exits with code 2 and the usage on a command line it cannot use', async () => {
    const result = await runCli(['--port', 'abc']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port (PORT) needs a whole number');
    expect(result.stderr).toContain('Usage:');
  });
});
