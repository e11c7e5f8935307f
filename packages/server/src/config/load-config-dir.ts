/**
 * Loads a config directory: its desks, topics and articles files (JSON or YAML), each checked
 * against the domain's config schemas, then checked across (`configProblems`); and the optional
 * integration files, checked against their schemas and the desks: `webhooks.yaml`
 * (`webhookConfigProblems`) and `efecte.yaml`. Any problem refuses the whole config, with every
 * problem found listed. Secrets are not read here (`./webhook-targets.ts` and the Efecte
 * connector's credentials read them, at start).
 * @internal
 */
import { stat } from 'node:fs/promises';
import {
  articleConfigSchema,
  configProblems,
  deskConfigSchema,
  topicConfigSchema,
  webhookConfigProblems,
  webhookConfigSchema,
  type ConfigPart,
  type ConfigProblem,
  type EfecteConfig,
  type SupportConfig,
  type WebhookConfig,
} from '@opin/support-domain';
import type { ZodMiniType } from 'zod/mini';
import { ConfigError } from './config-error.js';
import { readConfigFile, readOptionalConfigFile } from './config-file.js';
import { readEfecteConfig } from './efecte-config-file.js';
import { problemLine } from './field-path.js';
import { parseList } from './schema-problems.js';

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** What a config directory holds for the server: the config and its integrations (often none). */
export interface LoadedConfigDir {
  readonly config: SupportConfig;
  /** The webhooks (none without a webhooks file). */
  readonly webhooks: readonly WebhookConfig[];
  /** The webhooks file's name (`webhooks.yaml`, …), or `webhooks` when there is none. */
  readonly webhooksFile: string;
  /** The Efecte-integrated desks (none without an efecte file). */
  readonly efecte: readonly EfecteConfig[];
}

/** The config in `dir`; throws `ConfigError` naming every file and field that is wrong. */
export async function loadConfigDir(dir: string): Promise<SupportConfig> {
  return (await loadConfigDirWithIntegrations(dir)).config;
}

/**
 * The config in `dir` and its integrations; throws `ConfigError` as `loadConfigDir` does. A config
 * directory never runs the demo, so a webhook's plain `http:` is refused.
 */
export async function loadConfigDirWithIntegrations(dir: string): Promise<LoadedConfigDir> {
  if (!(await isDirectory(dir))) throw new ConfigError(dir, ['not a directory']);
  const problems: string[] = [];
  const files = new Map<ConfigPart, string>();

  async function load<S extends ZodMiniType>(part: ConfigPart, schema: S, optional = false) {
    const read = optional
      ? ((await readOptionalConfigFile(dir, part)) ?? { ok: true, file: '', data: [] })
      : await readConfigFile(dir, part);
    if (!read.ok) {
      problems.push(...read.problems);
      return undefined;
    }
    if (read.file === '') return [];
    files.set(part, read.file);
    const parsed = parseList(read.file, read.data, schema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return undefined;
    }
    return parsed.value;
  }

  const desks = await load('desks', deskConfigSchema);
  const topics = await load('topics', topicConfigSchema);
  const articles = await load('articles', articleConfigSchema);
  const webhooks = await load('webhooks', webhookConfigSchema, true);
  if (!desks || !topics || !articles || !webhooks) throw new ConfigError(dir, problems);

  const config: SupportConfig = { desks, topics, articles };
  const line = (problem: ConfigProblem) =>
    problemLine(files.get(problem.part) ?? problem.part, problem.path, problem.message);
  const across = [
    ...configProblems(config),
    ...webhookConfigProblems(webhooks, desks, { demo: false }),
  ].map(line);
  const efecte = await readEfecteConfig(dir, desks);
  if (!efecte.ok) across.push(...efecte.problems);
  if (across.length > 0 || !efecte.ok) throw new ConfigError(dir, across);
  return {
    config,
    webhooks,
    webhooksFile: files.get('webhooks') ?? 'webhooks',
    efecte: efecte.value,
  };
}
