/**
 * The trials of the host-page benchmark: the page variants loaded once per round, the warm opening
 * (hover, then click) of the widget and of the native dialog, and the pairs behind the ratios —
 * the judged script budget (the small page with the widget against the same page with the facade
 * control) and the React portal page with and without the widget, shown unjudged.
 * @internal
 */
import type { Trial, TrialPair, TrialUnit } from './trials.js';

/** The judged ratio: main-thread time at load, the widget against the facade control. */
export const scriptBudgetRatio = 'lit-widget ÷ lit-minimal-launcher';
/** The portal page's ratio, shown. */
export const reactRatio = 'react-widget ÷ react';

/** The warm openings, by trial name. */
export const warmWidgetOpen = 'widget, hover then click';
export const warmNativeOpen = 'native dialog, hover then click';

/**
 * Pairs per round: 15 rounds give 15 × these. Chosen from the spread of a pilot run by the rule
 * of docs/design/quality.md ("Timings"): the pilot's spread called for far more pairs than fit, so
 * the budget pair has as many as the suite's run time allows, the React pages' (shown, not judged)
 * fewer. bench/analysis.md says what the pilot found.
 */
export const budgetPairsPerRound = 8;
export const reactPairsPerRound = 2;

const pairs = (count: number, pair: TrialPair): TrialPair[] =>
  Array.from({ length: count }, () => pair);

const single = (name: string, page: Trial['page']): Trial => ({ name, page });

/** The units of a round, in report order. */
export const hostPageUnits: readonly TrialUnit[] = [
  single('empty', 'empty'),
  single('lit', 'lit'),
  single('widget without async', 'widget-no-async'),
  single('lit + empty module', 'lit-empty-module'),
  {
    name: warmWidgetOpen,
    page: 'widget',
    open: { launcher: 'opin-support [part=launcher]', protocol: 'hover-then-click' },
  },
  {
    name: warmNativeOpen,
    page: 'native-dialog',
    open: { launcher: '#bench-native-open', protocol: 'hover-then-click' },
  },
  ...pairs(budgetPairsPerRound, {
    ratio: scriptBudgetRatio,
    subject: single('lit + widget', 'lit-widget'),
    control: single('lit + minimal launcher', 'lit-minimal-launcher'),
  }),
  ...pairs(reactPairsPerRound, {
    ratio: reactRatio,
    subject: single('react + widget', 'react-widget'),
    control: single('react', 'react'),
  }),
];

/** Every trial of the units, a pair's two included. */
export const hostPageTrials: readonly Trial[] = hostPageUnits.flatMap((unit) =>
  'ratio' in unit ? [unit.subject, unit.control] : [unit],
);
