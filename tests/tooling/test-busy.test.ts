import { describe, expect, it, vi } from 'vitest';
import { startCpuLoad } from '../../scripts/busy/cpu-load.js';
import { readmeCommand } from '../../scripts/busy/readme-command.js';

describe('pnpm test:busy', () => {
  it('runs the README test command, the block that .ci/run runs', () => {
    expect(readmeCommand('test')).toMatch(
      /pnpm@[\d.]+ install --frozen-lockfile && .*pnpm@[\d.]+ test$/,
    );
  });

  it('reads the block after the marker, and refuses a README without one', () => {
    const readme = ['# x', '<!-- ci:test -->', '', '```sh', 'make check', '```', ''].join('\n');
    expect(readmeCommand('test', readme)).toBe('make check');
    expect(() => readmeCommand('demo', readme)).toThrow('<!-- ci:demo -->');
  });

  it('keeps its threads spinning until stopped, then leaves none running', async () => {
    const before = process.cpuUsage();
    const load = startCpuLoad(2);
    // CPU time, not wall-clock time: it grows only if the threads really spin.
    await vi.waitFor(() => expect(process.cpuUsage(before).user).toBeGreaterThan(200_000), {
      timeout: 30_000,
      interval: 50,
    });
    await load.stop();
    const afterStop = process.cpuUsage();
    // Stopped threads add no CPU time: this thread's own sleep costs far less than 100 ms.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(process.cpuUsage(afterStop).user).toBeLessThan(100_000);
  });
});
