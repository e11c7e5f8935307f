/**
 * Loads a config directory: its desks, topics and articles files (JSON or YAML) and, if there is
 * one, its webhooks file, each checked against the domain's config schemas, then checked across
 * (`configProblems`, `webhookConfigProblems`). Any problem refuses the whole config, with every
 * problem found listed. Webhook secrets are not read here (`./webhook-secrets.ts` does, at start).
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
  type SupportConfig,
  type WebhookConfig,
} from '@opin/support-domain';
import type { ZodMiniType } from 'zod/mini';
import { ConfigError } from './config-error.js';
import { readConfigFile } from './config-file.js';
import { problemLine } from './field-path.js';
import { parseList } from './schema-problems.js';

/** A config directory's lists, with where its webhooks came from. */
export interface LoadedConfigDir {
  readonly config: SupportConfig;
  /** The webhooks (none without a webhooks file). */
  readonly webhooks: readonly WebhookConfig[];
  /** The webhooks file's name (`webhooks.yaml`, …), or `webhooks` when there is none. */
  readonly webhooksFile: string;
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** The config in `dir`; throws `ConfigError` naming every file and field that is wrong. */
export async function loadConfigDir(dir: string): Promise<SupportConfig> {
  return (await loadConfigDirWithWebhooks(dir)).config;
}

/**
 * {@link loadConfigDir} with the webhooks file too (`webhooks.yaml`, `.yml` or `.json`, optional),
 * checked against the desks. A config directory never runs the demo, so plain `http:` is refused.
 */
export async function loadConfigDirWithWebhooks(dir: string): Promise<LoadedConfigDir> {
  if (!(await isDirectory(dir))) throw new ConfigError(dir, ['not a directory']);
  const problems: string[] = [];
  const files = new Map<ConfigPart, string>();

  async function load<S extends ZodMiniType>(part: ConfigPart, schema: S, optional = false) {
    const read = await readConfigFile(dir, part, { optional });
    if (!read.ok) {
      problems.push(...read.problems);
      return undefined;
    }
    if (read.file === null) return [];
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
  if (across.length > 0) throw new ConfigError(dir, across);
  return { config, webhooks, webhooksFile: files.get('webhooks') ?? 'webhooks' };
}
