import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { startReadyChild } from '../../tools/src/processes/start-ready-child.js';
import { stopProcessGroup } from '../../tools/src/processes/stop-process-group.js';
import { payloadObject } from '../../tools/src/processes/payload-fields.js';

const fixture = fileURLToPath(new URL('fixtures/ready-child.mjs', import.meta.url));

/** Starts the fixture child in `mode`; its payload's `grandchild` is a process id. */
function startFixture(mode: string) {
  return startReadyChild({
    name: `the fixture child (${mode})`,
    command: process.execPath,
    args: [fixture, mode],
    cwd: process.cwd(),
    readReady: (payload) => {
      const grandchild = payloadObject(payload)['grandchild'];
      if (typeof grandchild !== 'number') throw new Error('no grandchild');
      return { grandchild };
    },
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('a child that reports ready', () => {
  it('resolves with its payload, keeps what it printed, and stops with its whole group', async () => {
    const child = await startFixture('ready');
    const { grandchild } = child.ready;
    expect(isAlive(grandchild)).toBe(true);
    expect(isAlive(child.pid)).toBe(true);
    expect(child.pid).not.toBe(grandchild);
    expect(child.output()).toContain('fixture child (ready) starting');

    await child.stop();
    expect(child.output()).toContain('stopping');
    // The grandchild got the group's SIGTERM too; it is gone once the kernel has reaped it.
    await vi.waitFor(() => expect(isAlive(grandchild)).toBe(false), {
      timeout: 30_000,
      interval: 50,
    });
    await child.stop(); // Stopping again is harmless.
  });

  it('fails as soon as the child exits before it is ready, with its output', async () => {
    const started = startFixture('exit-early');
    await expect(started).rejects.toThrow(/exited \(3\) before it was ready/);
    await expect(started).rejects.toThrow(/something went wrong/);
  });

  it('fails, and stops the child, when the ready payload is not what the reader expects', async () => {
    const error = await startFixture('bad-payload').catch((reason: unknown) => reason);
    expect(String(error)).toMatch(/unexpected payload \(ReadyPayloadError: .* not an object/);
    const pid = Number(/starting, pid (\d+)/.exec(String(error))?.[1]);
    expect(pid).toBeGreaterThan(0);
    await vi.waitFor(() => expect(isAlive(pid)).toBe(false), { timeout: 30_000, interval: 50 });
  });
});

describe('stopping a process group', () => {
  it('kills a child that ignores SIGTERM once the grace period is over', async () => {
    const child = spawn(process.execPath, [fixture, 'deaf'], {
      detached: true,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    await vi.waitFor(() => expect(output).toContain('"ready"'), { timeout: 30_000, interval: 50 });
    const exited = once(child, 'exit');
    // The child never exits on SIGTERM, so the outcome does not depend on the grace's length.
    await stopProcessGroup(child, 200);
    expect(await exited).toEqual([null, 'SIGKILL']);
    expect(output).toContain('ignoring SIGTERM');
  });
});
