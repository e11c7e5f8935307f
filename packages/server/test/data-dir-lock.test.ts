/** One process at a time in an embedded data directory; a lock left by a dead process is taken over. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirBusyError, lockDataDir, lockFileName } from '../src/storage/data-dir-lock.js';

describe('the data directory lock', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'opin-lock-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('holds the directory with this process id until released', async () => {
    const release = lockDataDir(dir);
    expect(await readFile(join(dir, lockFileName), 'utf8')).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirBusyError);
    expect(() => lockDataDir(dir)).toThrow(`in use by process ${process.pid}`);
    release();
    expect(await readdir(dir)).not.toContain(lockFileName);
  });

  it('takes over a lock whose process no longer runs', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    await once(child, 'exit');
    if (child.pid === undefined) throw new Error('no child pid');
    await writeFile(join(dir, lockFileName), String(child.pid));
    const release = lockDataDir(dir);
    expect(await readFile(join(dir, lockFileName), 'utf8')).toBe(String(process.pid));
    release();
  });
});
