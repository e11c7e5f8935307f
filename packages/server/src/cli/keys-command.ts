/**
 * `opin-support-server keys …`: the desk key commands. A new key goes to stdout alone (so a script
 * can capture it); everything else — what was done, the logs (JSON lines, as the server's) —
 * goes to stderr.
 * @internal
 */
import { ConfigError } from '../config/config-error.js';
import { loadSupportConfig, type ConfigChoice } from '../config/server-config.js';
import { unconfiguredDeskProblem } from '../keys/desk-id.js';
import { createDeskKey, listDeskKeys, revokeDeskKey } from '../keys/desk-keys.js';
import { createFdLogger } from '../log/logger.js';
import { openStorage } from '../storage/open.js';
import type { CliCommand } from './args.js';

type KeysCommand = Extract<CliCommand, { kind: 'keys-create' | 'keys-list' | 'keys-revoke' }>;

/** Runs a keys command; returns the process exit code. */
export async function runKeysCommand(command: KeysCommand): Promise<number> {
  if (command.kind === 'keys-create' && command.config) {
    const refusal = await refuseUnconfiguredDesk(command.deskId, command.config);
    if (refusal !== undefined) {
      process.stderr.write(`opin-support-server: ${refusal}\n`);
      return 1;
    }
  }
  const log = createFdLogger(command.logLevel, 2);
  const storage = await openStorage(command.database, log);
  try {
    switch (command.kind) {
      case 'keys-create': {
        const created = await createDeskKey(storage.db, command.deskId);
        process.stderr.write(
          `Created key ${created.id} for desk ${created.deskId}. It is shown only this once:\n`,
        );
        process.stdout.write(`${created.key}\n`);
        return 0;
      }
      case 'keys-list': {
        const keys = await listDeskKeys(storage.db);
        const lines = keys.map(
          (key) =>
            `${key.id}  ${key.deskId.padEnd(16)}  created ${key.createdAt.toISOString()}  ${
              key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active'
            }`,
        );
        process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
        if (!lines.length) process.stderr.write('No desk keys yet.\n');
        return 0;
      }
      case 'keys-revoke': {
        const revoked = await revokeDeskKey(storage.db, command.keyId);
        process.stderr.write(
          revoked
            ? `Revoked key ${command.keyId}.\n`
            : `No active key ${command.keyId} (see "keys list").\n`,
        );
        return revoked ? 0 : 1;
      }
    }
  } finally {
    await storage.close();
  }
}

/** Why the config refuses a key for `deskId` (or cannot be used at all), before any storage opens. */
async function refuseUnconfiguredDesk(
  deskId: string,
  choice: ConfigChoice,
): Promise<string | undefined> {
  try {
    const config = await loadSupportConfig(choice);
    return unconfiguredDeskProblem(deskId, config);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
}
