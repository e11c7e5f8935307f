/**
 * The machine a run measured on, as the reports name it.
 * @internal
 */
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';

/** `linux 6.1.0 (x64), 2 × AMD EPYC, 24 GiB`. */
export function describeMachine(): string {
  const cpu = cpus();
  const memory = `${Math.round(totalmem() / 1024 ** 3)} GiB`;
  return `${platform()} ${release()} (${arch()}), ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${memory}`;
}

/** The 1-minute load average: how busy the shared machine is. */
export const currentLoadAverage = (): number => loadavg()[0] ?? Number.NaN;
