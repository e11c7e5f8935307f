/**
 * Stops a child started in a process group of its own (`spawn(…, {detached: true})`): SIGTERM to
 * the whole group — the child and whatever it started —, SIGKILL to the group if the child has
 * not exited after a grace period, and waits for the exit.
 * @internal
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** How long a child may take to close its servers after SIGTERM before it is killed. */
const defaultGraceMs = 10_000;

/** True until `child` has exited. */
export function isRunning(child: ChildProcess): boolean {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

/** SIGTERM to the group of `child`, SIGKILL after `graceMs`; resolves once the child exited. */
export async function stopProcessGroup(
  child: ChildProcess,
  graceMs = defaultGraceMs,
): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || !isRunning(child)) return;
  const exited = once(child, 'exit');
  signalGroup(pid, 'SIGTERM');
  const kill = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(kill);
  }
}

/** Sends `signal` to the process group led by `pid`; a group that is gone already is fine. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has ended.
  }
}
