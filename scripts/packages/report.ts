/**
 * The package check's output: one table row per package, then its findings.
 * @internal
 */
import type { Finding, FindingSource } from './finding.js';

/** What the check learned about one packed package. */
export interface PackageResult {
  name: string;
  version: string;
  isPrivate: boolean;
  fileCount: number;
  unpackedBytes: number;
  tarballBytes: number;
  findings: Finding[];
}

const columns = [
  'package',
  'files',
  'unpacked',
  'tarball',
  'publint e/w/s',
  'attw',
  'files+manifest',
];

/** Prints the table and every finding; returns the number of errors. */
export function printReport(results: readonly PackageResult[]): number {
  const rows = results.map((result) => [
    `${result.name}@${result.version}${result.isPrivate ? ' (private)' : ''}`,
    String(result.fileCount),
    kilobytes(result.unpackedBytes),
    kilobytes(result.tarballBytes),
    publintCounts(result.findings),
    errorCount(result.findings, ['attw']),
    errorCount(result.findings, ['files', 'manifest']),
  ]);
  const widths = columns.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => row[index]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(columns));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  rows.forEach((row) => console.log(line(row)));
  for (const result of results) {
    if (result.isPrivate) {
      console.log(`\n${result.name} is "private": not published today, checked as if it were.`);
    }
    for (const finding of result.findings) {
      const label = finding.level === 'error' ? 'ERROR' : finding.level;
      console.log(`  ${label} ${result.name} [${finding.source}] ${finding.message}`);
    }
  }
  return results.flatMap((result) => result.findings).filter((f) => f.level === 'error').length;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function publintCounts(findings: readonly Finding[]): string {
  const publint = findings.filter((finding) => finding.source === 'publint');
  const count = (level: Finding['level']) => publint.filter((f) => f.level === level).length;
  return `${count('error')}/${count('warning')}/${count('suggestion')}`;
}

function errorCount(findings: readonly Finding[], sources: readonly FindingSource[]): string {
  const errors = findings.filter((f) => f.level === 'error' && sources.includes(f.source));
  return errors.length ? `${errors.length} error(s)` : 'ok';
}
