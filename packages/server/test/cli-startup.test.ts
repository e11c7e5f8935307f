/**
 * The command when starting goes wrong or is cut short: a database it cannot reach, a port in
 * use, and SIGTERM during the first, slow preparation of a data directory.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processTestCeilingMs, runCli, startCli } from './support/cli-process.js';

describe('opin-support-server starting', { timeout: processTestCeilingMs }, () => {
  let workDir = '';
  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'opin-server-start-'));
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('exits 1 and says why when the database cannot be reached, without logging its password', async () => {
    // A port nothing listens on: taken, then released.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const result = await runCli([
      '--demo',
      '--port',
      '0',
      '--database-url',
      `postgres://opin:hunter2-secret@127.0.0.1:${port}/opin`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('"msg":"could not start"');
    expect(result.stdout).toContain(`PostgreSQL at 127.0.0.1:${port}/opin`);
    expect(result.stdout + result.stderr).not.toContain('hunter2-secret');
  });

  it('exits 1 when its port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const result = await runCli([
        '--demo',
        '--port',
        String(port),
        '--data-dir',
        join(workDir, 'unused'),
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('EADDRINUSE');
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });

  it('stops cleanly on SIGTERM while preparing a new data directory, which then opens', async () => {
    const dataDir = join(workDir, 'data');
    const first = startCli(['--demo', '--port', '0', '--data-dir', dataDir]);
    await first.waitForLog('preparing the data directory (first start: initdb)');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    await first.waitForLog('stopped');
    expect(await readdir(dataDir)).not.toContain('opin-support-server.lock');
    const second = startCli(['--demo', '--port', '0', '--data-dir', dataDir]);
    await second.waitForLog('ready');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
