/**
 * The consumer test's server part: the installed `opin-support-server` command, run with plain
 * `node` from the project, makes a desk key in a new embedded data directory and lists it. This
 * proves the tarball's command and its declared dependencies (PGlite, Kysely, pg, pino) suffice.
 * @internal
 */
import { join } from 'node:path';
import { run } from './processes.js';

/** What the command made. */
export interface ServerCheckResult {
  keyId: string;
}

/** Runs the keys commands in `projectDir`; rejects with their output when one fails. */
export async function makeADeskKeyWithTheServer(projectDir: string): Promise<ServerCheckResult> {
  const command = join(projectDir, 'node_modules', '@opin', 'support-server', 'dist', 'cli.js');
  const dataDir = join(projectDir, 'opin-data');
  const options = { cwd: projectDir, ceilingMs: 3 * 60_000 };
  const created = await run(
    process.execPath,
    [command, 'keys', 'create', '--desk', 'hanken', '--data-dir', dataDir],
    options,
  );
  if (!/^opin_dk_[A-Za-z0-9_-]{43}\n$/.test(created.stdout)) {
    throw new Error(`keys create printed something else than one key:\n${created.stdout}`);
  }
  const listed = await run(
    process.execPath,
    [command, 'keys', 'list', '--data-dir', dataDir],
    options,
  );
  const keyId = /^(dk_[0-9a-f]{16})\s+hanken\s/m.exec(listed.stdout)?.[1];
  if (!keyId) throw new Error(`keys list does not show the key:\n${listed.stdout}`);
  return { keyId };
}
