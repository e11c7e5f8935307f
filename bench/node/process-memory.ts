/**
 * The resident memory (RSS) of a process, read from Linux's `/proc/<pid>/status`.
 * @internal
 */
import { readFile } from 'node:fs/promises';

/** The `VmRSS` of a `/proc/<pid>/status` text, in bytes; throws when it has none. */
export function residentBytes(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (match?.[1] === undefined) throw new Error('The process status has no VmRSS line.');
  return Number(match[1]) * 1024;
}

/** The resident memory of process `pid` now, in bytes. */
export async function readResidentBytes(pid: number): Promise<number> {
  return residentBytes(await readFile(`/proc/${pid}/status`, 'utf8'));
}

/** Bytes in mebibytes with one decimal, e.g. `84.2 MiB`. */
export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
