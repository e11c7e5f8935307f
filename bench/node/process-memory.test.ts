import { describe, expect, it } from 'vitest';
import { formatMiB, residentBytes } from './process-memory.js';

describe('the resident memory of a process', () => {
  it('reads VmRSS from a /proc status text', () => {
    const status = 'Name:\tnode\nVmPeak:\t 2000 kB\nVmRSS:\t   84256 kB\nThreads:\t7\n';
    expect(residentBytes(status)).toBe(84_256 * 1024);
  });

  it('refuses a status without VmRSS', () => {
    expect(() => residentBytes('Name:\tnode\n')).toThrow(/VmRSS/);
  });

  it('writes mebibytes', () => {
    expect(formatMiB(3 * 1024 * 1024 + 104_858)).toBe('3.1 MiB');
  });
});
