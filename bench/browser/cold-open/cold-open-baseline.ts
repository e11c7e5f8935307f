/**
 * A stored cold-opening run (`pnpm bench --only cold-open --save-baseline <file>`): its figures with
 * where they come from — the commit measured, the date, the machine, the tool versions and the
 * command — so that a later report can show them beside its own, labelled.
 * @internal
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine } from '../../report/machine.js';
import type { ColdOpenFigures } from './cold-open-figures.js';

/** The baseline every report shows beside its own cold opening, when it exists. */
export const beforeBaselinePath = fileURLToPath(
  new URL('../../baselines/cold-open-before.json', import.meta.url),
);

/** A stored run. */
export interface ColdOpenBaseline {
  /** The commit measured (`git rev-parse HEAD`) and its subject line. */
  commit: string;
  subject: string;
  /** When the run ended (ISO 8601). */
  date: string;
  machine: string;
  /** The machine's 1-minute load average when the run started and ended. */
  loadAverage: { start: number; end: number };
  versions: Record<string, string>;
  /** How to rerun it. */
  command: string;
  figures: ColdOpenFigures;
}

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();

/**
 * The commit whose packages are about to be measured, and its subject line. Throws when the
 * packages have uncommitted changes: the commit would not say what was measured.
 */
export function measuredCommit(): Pick<ColdOpenBaseline, 'commit' | 'subject'> {
  if (git('status', '--porcelain', '--', 'packages') !== '') {
    throw new Error('packages/ has uncommitted changes: commit them before saving a baseline');
  }
  return { commit: git('rev-parse', 'HEAD'), subject: git('log', '-1', '--format=%s') };
}

/** Writes a run's figures to `path` with their provenance. */
export async function saveBaseline(
  path: string,
  run: Omit<ColdOpenBaseline, 'date' | 'machine'>,
): Promise<void> {
  const baseline: ColdOpenBaseline = {
    ...run,
    date: new Date().toISOString(),
    machine: describeMachine(),
  };
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** The baseline at `path`, or `undefined` when there is none. */
export function readBaseline(path: string): ColdOpenBaseline | undefined {
  if (!existsSync(path)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isBaseline(parsed)) throw new Error(`${path} is not a cold-open baseline`);
  return parsed;
}

function isBaseline(value: unknown): value is ColdOpenBaseline {
  if (typeof value !== 'object' || value === null) return false;
  const fields = ['commit', 'subject', 'date', 'machine', 'command'] as const;
  if (
    !fields.every(
      (field) => field in value && typeof value[field as keyof typeof value] === 'string',
    )
  )
    return false;
  const objects = ['figures', 'loadAverage', 'versions'] as const;
  if (!objects.every((field) => field in value && isObject(value[field as keyof typeof value])))
    return false;
  return 'figures' in value && isObject(value.figures) && Array.isArray(value.figures['results']);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
