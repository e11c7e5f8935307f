/**
 * `pnpm test:busy`: the README's test command on a busy machine. One spinning thread per core
 * (or `--loops N`) competes with the tests for the whole run and stops when it ends, so a test
 * that passes only on an idle machine fails here first. Prints the duration and the load, and
 * exits with the test command's code. Not part of `.ci/run`: it is slow by design.
 *
 * `pnpm test:busy -- <command…>` runs another command under the same load, e.g. one suite:
 * `pnpm test:busy -- pnpm test:browser`.
 * @internal
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { startCpuLoad } from './busy/cpu-load.js';
import { readmeCommand } from './busy/readme-command.js';

const { values, positionals } = parseArgs({
  options: { loops: { type: 'string' } },
  allowPositionals: true,
});
const loops = values.loops === undefined ? availableParallelism() : Number(values.loops);
if (!Number.isInteger(loops) || loops < 1) {
  console.error(
    'usage: pnpm test:busy [--loops N] [-- command…]\n' +
      '  N ≥ 1 spinning threads (default: one per core); the command defaults to the README test command',
  );
  process.exit(2);
}

const command = positionals.length > 0 ? positionals.join(' ') : readmeCommand('test');
const load = startCpuLoad(loops);
console.log(`test:busy: ${loops} spinning thread(s) on ${availableParallelism()} core(s)`);
console.log(`test:busy: ${command}\n`);
const started = performance.now();
const child = spawn(command, { shell: true, stdio: 'inherit' });
const stopChild = () => child.kill('SIGTERM');
process.once('SIGINT', stopChild).once('SIGTERM', stopChild);
const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
await load.stop();

const seconds = Math.round((performance.now() - started) / 1000);
const outcome = code === 0 ? 'passed' : `FAILED (${signal ?? `exit code ${String(code)}`})`;
console.log(`\ntest:busy: ${outcome} in ${seconds} s with ${loops} spinning thread(s)`);
process.exitCode = code ?? 1;
