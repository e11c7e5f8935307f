/**
 * The Markdown of the cold-opening section: the ratios to the native dialog, with the stored
 * "before" baseline beside this run's figures, the goal's verdict, and the requests each opening
 * made, relative to the click.
 * @internal
 */
import { markdownTable } from '../../report/markdown-table.js';
import { formatPairedRatio } from '../../report/paired-ratio.js';
import { formatMs } from '../../report/stats.js';
import { formatSpreadMs } from '../spread.js';
import type { ColdOpenBaseline } from './cold-open-baseline.js';
import type { ColdOpenFigures, ColdOpenResult } from './cold-open-figures.js';

/** `met` / `not met` for the goal, and whether the whole interval is within it. */
export function goalVerdict(result: ColdOpenResult): string {
  const { goal, ratio } = result;
  if (goal === undefined) return '— (reported)';
  if (ratio.median > goal) return `not met (≤ ${goal}×)`;
  return `met (≤ ${goal}×)${ratio.high <= goal ? ', the whole interval too' : ', not the whole interval'}`;
}

/** One row of the summary: `run` names whose figures they are. */
function summaryRow(run: string, result: ColdOpenResult): string[] {
  const { widget, native, ratio } = result;
  return [
    `${result.condition}: ${run}`,
    String(ratio.pairs),
    formatSpreadMs(widget.toFocusMs),
    formatSpreadMs(widget.toFrameMs),
    formatSpreadMs(native.toFrameMs),
    formatPairedRatio(ratio),
    goalVerdict(result),
    String(widget.roundTrips),
    formatMs(widget.scriptMs),
  ];
}

/** The requests of one condition's openings. */
function requestTable(result: ColdOpenResult): string {
  const rows = result.widget.requests.map((request) => [
    request.label,
    `${request.runs} of ${result.ratio.pairs}`,
    formatMs(request.startMs),
    formatMs(request.endMs),
    String(request.roundTrip),
    `${request.beforeFocus} of ${request.runs}`,
  ]);
  return markdownTable(
    [
      'request',
      'in openings',
      'started after the click, median',
      'finished, median',
      'round trip, median',
      'finished before the heading had focus',
    ],
    rows,
  );
}

/** What a baseline is, in one line. */
const baselineLabel = (baseline: ColdOpenBaseline) =>
  `before (baseline: commit ${baseline.commit.slice(0, 7)}, measured ${baseline.date.slice(0, 10)})`;

/** The section's tables for `figures`, with `baseline` beside them when there is one. */
export function coldOpenTables(
  figures: ColdOpenFigures,
  baseline: ColdOpenBaseline | undefined,
): string {
  const rows: string[][] = [];
  for (const result of figures.results) {
    if (baseline) {
      const before = baseline.figures.results.find((r) => r.condition === result.condition);
      if (before) rows.push(summaryRow(baselineLabel(baseline), before));
    }
    rows.push(summaryRow('this run', result));
  }
  const summary = markdownTable(
    [
      'opening',
      'pairs',
      'widget: to heading focus, median (min–max)',
      'widget: to next frame, median (min–max)',
      'native dialog: to next frame, median (min–max)',
      'widget ÷ native dialog (next frame), median of the pairs (95 % interval)',
      'goal',
      'round trips in sequence before focus, median',
      'widget: script, click → idle, median',
    ],
    rows,
  );
  const provenance = baseline
    ? `The **before** rows are the stored baseline \`bench/baselines/cold-open-before.json\`: the widget at commit \`${baseline.commit}\` (“${baseline.subject}”), measured ${baseline.date} on ${baseline.machine}, load average ${baseline.loadAverage.start.toFixed(1)} → ${baseline.loadAverage.end.toFixed(1)} (${Object.entries(
        baseline.versions,
      )
        .map(([tool, version]) => `${tool} ${version}`)
        .join(
          ', ',
        )}) with \`${baseline.command}\`. **This run** is the code this report was written from.`
    : 'No stored baseline (`bench/baselines/cold-open-before.json`) to show beside this run.';
  const needed = figures.results.map((r) => `${r.condition}: ${r.pairsNeeded}`).join('; ');
  const requests = figures.results.flatMap((result) => {
    const before = baseline?.figures.results.find((r) => r.condition === result.condition);
    return [
      ...(before && baseline
        ? [
            `Requests of the widget’s opening, ${result.condition} — ${baselineLabel(baseline)}:`,
            requestTable(before),
          ]
        : []),
      `Requests of the widget’s opening, ${result.condition} — this run:`,
      requestTable(result),
    ];
  });
  return [
    provenance,
    summary,
    `Pairs per opening: ${figures.rounds}, fixed before the run; the spread of this run’s ratios would call for (interval within 5 % of the median either side) ${needed}.`,
    ...requests,
  ].join('\n\n');
}
