/**
 * Are the Types Wrong? (`attw` CLI, JSON output) on the tarball, with the `esm-only` profile:
 * our packages are ESM-only by design (`"type": "module"`, `exports` with only `types` and
 * `default`, no `main`), so two resolution modes are out of scope — `node10` (TypeScript's legacy
 * `moduleResolution`, which cannot read `exports`) and `node16-cjs` (a `require()` that resolves
 * to ESM: Node ≥ 20.19 loads it, older CommonJS callers must use `import()`). Everything that
 * ESM consumers see — `node16` from ESM and `bundler` — is checked in full.
 * @internal
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { error, type Finding } from './finding.js';

const run = promisify(execFile);
const ignoredResolutions = new Set(['node10', 'node16-cjs']);

interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
  resolutionOption?: string;
}

interface AttwReport {
  problems?: Record<string, AttwProblem[]>;
}

/** The attw CLI script of the root devDependency `@arethetypeswrong/cli`. */
function attwScript(): string {
  const manifestPath = createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json');
  return join(dirname(manifestPath), 'dist/index.js');
}

/** attw's problems with `tarball` that the `esm-only` profile does not ignore. */
export async function attwFindings(tarball: string): Promise<Finding[]> {
  const args = [attwScript(), tarball, '--format', 'json', '--profile', 'esm-only'];
  // No network: our scoped packages have no @types counterpart.
  args.push('--no-definitely-typed');
  // attw exits 1 when it finds problems; the JSON is on stdout either way.
  const output = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }).catch(
    (failure: unknown) => {
      const stdout = (failure as { stdout?: unknown }).stdout;
      if (typeof stdout === 'string' && stdout.trim().startsWith('{')) return { stdout };
      throw failure;
    },
  );
  const report = JSON.parse(output.stdout) as AttwReport;
  return Object.values(report.problems ?? {})
    .flat()
    .filter(
      (problem) =>
        !ignoredResolutions.has(problem.resolutionKind ?? problem.resolutionOption ?? ''),
    )
    .map((problem) =>
      error(
        'attw',
        `${problem.kind} at "${problem.entrypoint ?? '?'}"` +
          (problem.resolutionKind ? ` (${problem.resolutionKind})` : ''),
      ),
    );
}
