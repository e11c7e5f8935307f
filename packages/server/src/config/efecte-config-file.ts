/**
 * The optional `efecte.yaml` (or `.yml`, `.json`) of a config directory: the desks whose people
 * work in Efecte (docs/design/realtime.md, §4 "The mapping"), checked against the domain's
 * `efecteConfigSchema` and against the config's desks. The secrets it names are not read here:
 * they are read when the connector starts (`../efecte/efecte-credentials.ts`).
 * @internal
 */
import {
  efecteConfigProblems,
  efecteConfigSchema,
  type EfecteConfig,
  type SeedDesk,
} from '@opin/support-domain';
import { readOptionalConfigFile } from './config-file.js';
import { problemLine } from './field-path.js';
import { parseList } from './schema-problems.js';

/** The Efecte desks of `dir` (none without the file), or the problem lines. */
export async function readEfecteConfig(
  dir: string,
  desks: readonly SeedDesk[],
): Promise<{ ok: true; value: EfecteConfig[] } | { ok: false; problems: string[] }> {
  const read = await readOptionalConfigFile(dir, 'efecte');
  if (!read) return { ok: true, value: [] };
  if (!read.ok) return read;
  const parsed = parseList(read.file, read.data, efecteConfigSchema);
  if (!parsed.ok) return parsed;
  const problems = efecteConfigProblems(parsed.value, desks).map((problem) =>
    problemLine(read.file, problem.path, problem.message),
  );
  return problems.length > 0 ? { ok: false, problems } : parsed;
}
