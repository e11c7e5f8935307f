/**
 * The text of `docs/benchmarks.md`: how to rerun, the machine, the tools, every section, and the
 * analysis of what costs the most.
 * @internal
 */
import { arch, cpus, platform, release, totalmem } from 'node:os';
import { markdownTable } from './markdown-table.js';
import type { BenchSection } from './section.js';

/** What the report is made of. */
export interface ReportInput {
  sections: readonly BenchSection[];
  /** Markdown written by hand: what costs the most bytes and time, and why. */
  analysis: string;
  quick: boolean;
  /** The arguments the run was started with. */
  command: readonly string[];
}

function machine(): string {
  const cpu = cpus();
  const memory = `${Math.round(totalmem() / 1024 ** 3)} GiB`;
  return `${platform()} ${release()} (${arch()}), ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${memory}`;
}

function toolTable(sections: readonly BenchSection[]): string {
  const tools = new Map<string, string>();
  for (const section of sections) {
    for (const [tool, version] of Object.entries(section.tools)) tools.set(tool, version);
  }
  const rows = [...tools].sort(([a], [b]) => a.localeCompare(b)).map(([tool, v]) => [tool, v]);
  return markdownTable(['tool', 'version'], rows);
}

/** The whole report. */
export function renderReport({ sections, analysis, quick, command }: ReportInput): string {
  const args = command.length ? ` ${command.join(' ')}` : '';
  const header = [
    '# Benchmarks',
    '',
    `<!-- Written by \`pnpm bench${args}\` on ${new Date().toISOString()}; do not edit by hand (edit bench/analysis.md). -->`,
    '',
    quick
      ? '**A quick run (`--quick`): fewer runs and a shorter load, to check the suite works. Not for conclusions.**\n'
      : '',
    'Rerun with `pnpm bench` (builds the packages first; Chromium at `/usr/bin/chromium` or `CHROME_PATH`). ' +
      'Budgets are those of `docs/design/quality.md`; sizes are exact, and timings are medians of several runs, ' +
      'shown as ratios to a baseline measured in the same run (absolute times are for information: ' +
      'the machines are shared and noisy).',
    '',
    `Machine: ${machine()}.`,
    '',
    toolTable(sections),
  ];
  const body = sections.map((section) => `## ${section.title}\n\n${section.body}`);
  return `${[...header, '', ...body, analysis.trim()].join('\n\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
