/**
 * The text of `docs/benchmarks.md`: how to rerun, the machine, the tools, every section, and the
 * analysis of what costs the most.
 * @internal
 */
import { currentLoadAverage, describeMachine } from './machine.js';
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
  /** The machine's 1-minute load average when the run started. */
  loadAverage: { start: number };
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
export function renderReport(input: ReportInput): string {
  const { sections, analysis, quick, command, loadAverage } = input;
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
      'Budgets are those of `docs/design/quality.md`; sizes are exact; timings are judged as ratios to a ' +
      'baseline page measured in the same run — the median of paired loads’ ratios with its 95 % ' +
      'interval — and absolute times are for information: the machines are shared and noisy.',
    '',
    `Machine: ${describeMachine()}; load average (1 min) ${loadAverage.start.toFixed(1)} when the run ` +
      `started, ${currentLoadAverage().toFixed(1)} when it ended.`,
    '',
    toolTable(sections),
  ];
  const body = sections.map((section) => `## ${section.title}\n\n${section.body}`);
  return `${[...header, '', ...body, analysis.trim()].join('\n\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
