/**
 * The cold opening's figures, summarized from a run's samples in a form that can be stored as a
 * baseline (`bench/baselines/*.json`) and shown beside a later run.
 * @internal
 */
import { pairedRatio, pairsNeeded, ratiosOf, type PairedRatio } from '../../report/paired-ratio.js';
import { median } from '../../report/stats.js';
import type { OpenSample } from '../measure-open.js';
import { roundTripsBefore, summarizeRequests, type RequestSummary } from '../opening-requests.js';
import { spread, type Spread } from '../spread.js';
import type { RunSamples } from '../trials.js';
import { coldOpenConditions } from './cold-open-trials.js';

/** The wanted reach of the ratio's interval either side of its median, as a share of it. */
export const wantedHalfWidth = 0.05;

/** One condition's figures. */
export interface ColdOpenResult {
  condition: string;
  goal?: number;
  /** The widget's time to the next frame ÷ the native dialog's, over the pairs. */
  ratio: PairedRatio;
  /** The pairs this run's spread calls for (`pairsNeeded`, `wantedHalfWidth`). */
  pairsNeeded: number;
  widget: {
    toFocusMs: Spread;
    toFrameMs: Spread;
    /** Script evaluation, click → idle, median. */
    scriptMs: number;
    /** Round trips in sequence before the heading had focus, median. */
    roundTrips: number;
    requests: RequestSummary[];
  };
  native: { toFrameMs: Spread };
}

/** The figures of one run. */
export interface ColdOpenFigures {
  /** Pairs per condition. */
  rounds: number;
  results: ColdOpenResult[];
}

const openingOf = (sample: { open: OpenSample | undefined }): OpenSample => {
  if (!sample.open) throw new Error('a cold-open trial without an opening');
  return sample.open;
};

/** The figures of `samples` (from `runRounds` over `coldOpenPairs`). */
export function coldOpenFigures(samples: RunSamples, rounds: number): ColdOpenFigures {
  const results = coldOpenConditions.map((condition): ColdOpenResult => {
    const pairs = (samples.pairs.get(condition.name) ?? []).map(
      ([widget, native]) => [openingOf(widget), openingOf(native)] as const,
    );
    const frames = pairs.map(([widget, native]) => [widget.toFrameMs, native.toFrameMs] as const);
    const widgets = pairs.map(([widget]) => widget);
    return {
      condition: condition.name,
      ...(condition.goal === undefined ? {} : { goal: condition.goal }),
      ratio: pairedRatio(frames),
      pairsNeeded: pairsNeeded(ratiosOf(frames), wantedHalfWidth),
      widget: {
        toFocusMs: spread(widgets.map((w) => w.toFocusMs)),
        toFrameMs: spread(widgets.map((w) => w.toFrameMs)),
        scriptMs: median(widgets.map((w) => w.scriptMs)),
        roundTrips: median(widgets.map((w) => roundTripsBefore(w.requests, w.toFocusMs))),
        requests: summarizeRequests(
          widgets.map((w) => ({ requests: w.requests, focusMs: w.toFocusMs })),
        ),
      },
      native: { toFrameMs: spread(pairs.map(([, native]) => native.toFrameMs)) },
    };
  });
  return { rounds, results };
}
