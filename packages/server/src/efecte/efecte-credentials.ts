/**
 * The secrets an Efecte desk's connector needs, read from the sources `efecte.yaml` names: the
 * Efecte user and password it logs in with, and the inbound secret Efecte's outbound calls carry
 * (at least 32 bytes, as webhook secrets). Read once when the connector starts; a missing or
 * short one refuses the start with every problem listed, values never shown.
 * @internal
 */
import type { EfecteConfig } from '@opin/support-domain';
import { ConfigError } from '../config/config-error.js';
import { readSecret } from '../config/read-secret.js';

/** The smallest inbound secret accepted, in bytes. */
export const MIN_INBOUND_SECRET_BYTES = 32;

/** The secrets of one Efecte desk. Never logged. */
export interface EfecteCredentials {
  readonly login: string;
  readonly password: string;
  readonly inboundSecret: string;
}

/** Reads the secrets of every entry; throws `ConfigError` naming each that cannot be used. */
export async function readEfecteCredentials(
  entries: readonly EfecteConfig[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<Map<string, EfecteCredentials>> {
  const problems: string[] = [];
  const credentials = new Map<string, EfecteCredentials>();
  for (const [index, entry] of entries.entries()) {
    const [login, password, inboundSecret] = await Promise.all([
      readSecret(entry.login, { env }),
      readSecret(entry.password, { env }),
      readSecret(entry.inboundSecret, { env }, MIN_INBOUND_SECRET_BYTES),
    ]);
    const reads = { login, password, inboundSecret };
    for (const [field, read] of Object.entries(reads)) {
      if (!read.ok) problems.push(`efecte: [${index}].${field}: ${read.problem}`);
    }
    if (login.ok && password.ok && inboundSecret.ok) {
      credentials.set(entry.desk, {
        login: login.value,
        password: password.value,
        inboundSecret: inboundSecret.value,
      });
    }
  }
  if (problems.length > 0) throw new ConfigError('efecte.yaml', problems);
  return credentials;
}
