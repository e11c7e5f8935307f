/**
 * Which config the server serves: a config directory, or the demo config with `--demo`. Never the
 * demo by default: without one of them the command line is refused (`../cli/args.ts`).
 * @internal
 */
import { demoConfig, type EfecteConfig, type SupportConfig } from '@opin/support-domain';
import { loadConfigDirWithIntegrations } from './load-config-dir.js';

/** What the command line chose. */
export type ConfigChoice = { kind: 'demo' } | { kind: 'directory'; dir: string };

/** The config to serve and whether demo behaviour is on. */
export interface ServerConfig {
  /**
   * `--demo`: the demo config, `dev-<deskId>` desk keys and the `/_mock/*` control endpoints
   * (the last two once the HTTP contract is served).
   */
  readonly demo: boolean;
  readonly config: SupportConfig;
  /** The Efecte-integrated desks of `efecte.yaml` (none in the demo), checked but not yet served. */
  readonly efecte: readonly EfecteConfig[];
}

/** Resolves the choice; a directory is loaded and checked (throws `ConfigError`). */
export async function loadServerConfig(choice: ConfigChoice): Promise<ServerConfig> {
  if (choice.kind === 'demo') return { demo: true, config: demoConfig, efecte: [] };
  const { config, efecte } = await loadConfigDirWithIntegrations(choice.dir);
  return { demo: false, config, efecte };
}
