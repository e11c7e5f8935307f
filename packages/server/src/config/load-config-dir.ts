/**
 * Loads a config directory: its desks, topics and articles files (JSON or YAML), each checked
 * against the domain's config schemas, then checked across (`configProblems`), and the optional
 * `efecte.yaml` checked against its schema and the desks. Any problem refuses the whole config,
 * with every problem found listed.
 * @internal
 */
import { stat } from 'node:fs/promises';
import {
  articleConfigSchema,
  configProblems,
  deskConfigSchema,
  topicConfigSchema,
  type ConfigPart,
  type EfecteConfig,
  type SupportConfig,
} from '@opin/support-domain';
import type { ZodMiniType } from 'zod/mini';
import { ConfigError } from './config-error.js';
import { readConfigFile } from './config-file.js';
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

/** What a config directory holds for the server: the config, and its Efecte desks (often none). */
export interface LoadedConfigDir {
  readonly config: SupportConfig;
  readonly efecte: readonly EfecteConfig[];
}

/** The config in `dir`; throws `ConfigError` naming every file and field that is wrong. */
export async function loadConfigDir(dir: string): Promise<SupportConfig> {
  return (await loadConfigDirWithIntegrations(dir)).config;
}

/** The config in `dir` and its integrations; throws `ConfigError` as `loadConfigDir` does. */
export async function loadConfigDirWithIntegrations(dir: string): Promise<LoadedConfigDir> {
  if (!(await isDirectory(dir))) throw new ConfigError(dir, ['not a directory']);
  const problems: string[] = [];
  const files = new Map<ConfigPart, string>();

  async function load<S extends ZodMiniType>(part: ConfigPart, schema: S) {
    const read = await readConfigFile(dir, part);
    if (!read.ok) {
      problems.push(...read.problems);
      return undefined;
    }
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
  if (!desks || !topics || !articles) throw new ConfigError(dir, problems);

  const config: SupportConfig = { desks, topics, articles };
  const across = configProblems(config).map((problem) =>
    problemLine(files.get(problem.part) ?? problem.part, problem.path, problem.message),
  );
  const efecte = await readEfecteConfig(dir, desks);
  if (!efecte.ok) across.push(...efecte.problems);
  if (across.length > 0 || !efecte.ok) throw new ConfigError(dir, across);
  return { config, efecte: efecte.value };
}
