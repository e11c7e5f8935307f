/**
 * Which config the server serves: a config directory, or the demo config with `--demo`. Never the
 * demo by default: without one of them the command line is refused (`../cli/args.ts`). A config
 * directory's webhooks have their secrets read here, at start.
 * @internal
 */
import { demoConfig, type EfecteConfig, type SupportConfig } from '@opin/support-domain';
import type { WebhookTarget } from '../delivery/webhook-target.js';
import { loadConfigDir, loadConfigDirWithIntegrations } from './load-config-dir.js';
import { webhookTargets, type SecretSources } from './webhook-targets.js';

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
  /** The desks' webhooks, secrets read (none in the demo, for now). */
  readonly webhooks: readonly WebhookTarget[];
  /** The Efecte-integrated desks of `efecte.yaml` (none in the demo). */
  readonly efecte: readonly EfecteConfig[];
}

/**
 * The desks, topics and articles of the choice, without reading webhook secrets (the keys
 * commands need no more). Throws `ConfigError`.
 */
export async function loadSupportConfig(choice: ConfigChoice): Promise<SupportConfig> {
  return choice.kind === 'demo' ? demoConfig : loadConfigDir(choice.dir);
}

/**
 * Resolves the choice; a directory is loaded and checked, and its webhook secrets read from
 * `sources` (the process environment by default). Throws `ConfigError`.
 */
export async function loadServerConfig(
  choice: ConfigChoice,
  sources: SecretSources = { env: process.env },
): Promise<ServerConfig> {
  if (choice.kind === 'demo') return { demo: true, config: demoConfig, webhooks: [], efecte: [] };
  const loaded = await loadConfigDirWithIntegrations(choice.dir);
  const webhooks = await webhookTargets(
    loaded.webhooks,
    { source: choice.dir, file: loaded.webhooksFile, demo: false },
    sources,
  );
  return { demo: false, config: loaded.config, webhooks, efecte: loaded.efecte };
}
