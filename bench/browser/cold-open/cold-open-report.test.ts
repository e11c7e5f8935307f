import { describe, expect, it } from 'vitest';
import type { ColdOpenBaseline } from './cold-open-baseline.js';
import type { ColdOpenFigures, ColdOpenResult } from './cold-open-figures.js';
import { coldOpenTables, goalVerdict } from './cold-open-report.js';

const spreadOf = (median: number) => ({ median, min: median - 5, max: median + 5 });

function result(condition: string, median: number, roundTrips: number): ColdOpenResult {
  return {
    condition,
    goal: 2,
    ratio: { pairs: 25, median, low: median - 0.2, high: median + 0.2, coverage: 0.957 },
    pairsNeeded: 20,
    widget: {
      toFocusMs: spreadOf(90),
      toFrameMs: spreadOf(100),
      scriptMs: 20,
      roundTrips,
      requests: [
        {
          label: 'widget/chunks/panel.js',
          runs: 25,
          startMs: 5,
          endMs: 40,
          roundTrip: 1,
          beforeFocus: 25,
        },
      ],
    },
    native: { toFrameMs: spreadOf(30) },
  };
}

const figures = (median: number, roundTrips: number): ColdOpenFigures => ({
  rounds: 25,
  results: [result('click without hover, 4× CPU', median, roundTrips)],
});

const baseline: ColdOpenBaseline = {
  commit: '0123456789abcdef0123456789abcdef01234567',
  subject: 'widget: before',
  date: '2026-12-07T01:00:00.000Z',
  machine: 'linux (x64), 2 × CPU, 24 GiB',
  loadAverage: { start: 1, end: 2 },
  versions: { chromium: '156' },
  command: 'pnpm bench --only cold-open --save-baseline bench/baselines/cold-open-before.json',
  figures: figures(4.5, 3),
};

describe('goalVerdict', () => {
  it('judges the median and says whether the whole interval is within the goal', () => {
    expect(goalVerdict(result('a', 1.5, 1))).toBe('met (≤ 2×), the whole interval too');
    expect(goalVerdict(result('a', 1.9, 1))).toBe('met (≤ 2×), not the whole interval');
    expect(goalVerdict(result('a', 2.1, 1))).toBe('not met (≤ 2×)');
    expect(goalVerdict({ ...result('a', 5, 3), goal: undefined })).toBe('— (reported)');
  });
});

describe('coldOpenTables', () => {
  it('shows the stored baseline beside this run, labelled, with its provenance', () => {
    const text = coldOpenTables(figures(1.8, 1), baseline);
    const rows = text.split('\n').filter((line) => line.startsWith('| click without hover'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('before (baseline: commit 0123456');
    expect(rows[0]).toContain('4.50× (4.30–4.70)');
    expect(rows[1]).toContain('this run');
    expect(rows[1]).toContain('1.80× (1.60–2.00)');
    expect(text).toContain(`commit \`${baseline.commit}\``);
    expect(text).toContain(baseline.command);
  });

  it('says when there is no baseline', () => {
    expect(coldOpenTables(figures(1.8, 1), undefined)).toContain('No stored baseline');
  });
});
