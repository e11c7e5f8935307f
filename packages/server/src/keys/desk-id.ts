/**
 * Which desk ids a key may name: a lowercase slug, and, when the command is given the server's
 * config (`--config` or `--demo`), one of the desks it configures.
 * @internal
 */
import type { SupportConfig } from '@opin/support-domain';

/** Whether `desk` is a well-formed desk id. */
export function isDeskId(desk: string): boolean {
  return /^[a-z0-9-]+$/.test(desk) && desk.length <= 64;
}

/** Why `desk` cannot have a key under `config`, or `undefined` when it is one of its desks. */
export function unconfiguredDeskProblem(desk: string, config: SupportConfig): string | undefined {
  if (config.desks.some((configured) => configured.id === desk)) return undefined;
  const known = config.desks.map((configured) => configured.id).join(', ');
  return `Desk "${desk}" is not in the config; its desks are: ${known}.`;
}
