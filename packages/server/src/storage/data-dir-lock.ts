/**
 * One process at a time in a PGlite data directory: PGlite is PostgreSQL in this process, with no
 * server to share the files, so a second process writing the same directory would corrupt it. The
 * lock is a file in the directory holding the owner's process id; a lock left by a process that
 * no longer runs (killed, crashed) is taken over.
 * @internal
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file's name inside the data directory. */
export const lockFileName = 'opin-support-server.lock';

/** Another running process holds the data directory. */
export class DataDirBusyError extends Error {
  override readonly name = 'DataDirBusyError';
}

/** Takes the lock on `dataDir` (which must exist); returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new DataDirBusyError(
          `The data directory ${dataDir} is in use by process ${owner}. ` +
            'Stop that process first (an embedded data directory serves one process at a time; ' +
            'use PostgreSQL to run several).',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new DataDirBusyError(`Could not lock the data directory ${dataDir}.`);
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
