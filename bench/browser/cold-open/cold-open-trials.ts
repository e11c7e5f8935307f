/**
 * The cold opening's trials: a click without hover (a learner on a phone) on the widget page, and
 * on the native-dialog page the same way, run as pairs — on loopback, and on the slow mobile
 * network — at 4× CPU throttling.
 * @internal
 */
import type { Trial, TrialPair } from '../trials.js';

/** One way the network is during the opening. */
export interface ColdOpenCondition {
  /** Names the condition in the report and in baselines. */
  name: string;
  slowNetwork: boolean;
  /** The judged bar: the widget's opening at most this many times the native dialog's. */
  goal?: number;
}

/** The conditions, in report order: the goal is judged on loopback, at 4× CPU throttling. */
export const coldOpenConditions: readonly ColdOpenCondition[] = [
  { name: 'click without hover, 4× CPU', slowNetwork: false, goal: 2 },
  { name: 'click without hover, slow mobile network, 4× CPU', slowNetwork: true },
];

/** The widget's launcher button (the selector pierces its shadow root). */
const widgetLauncher = 'opin-support [part=launcher]';

/** The trial of the widget (`subject`) or of the native dialog in `condition`. */
export function coldOpenTrial(condition: ColdOpenCondition, subject: boolean): Trial {
  const open = {
    launcher: subject ? widgetLauncher : '#bench-native-open',
    protocol: 'click' as const,
    ...(condition.slowNetwork ? { slowNetwork: true as const } : {}),
  };
  return subject
    ? { name: `widget, ${condition.name}`, page: 'widget', open }
    : { name: `native dialog, ${condition.name}`, page: 'native-dialog', open };
}

/** One pair per condition. */
export const coldOpenPairs: readonly TrialPair[] = coldOpenConditions.map((condition) => ({
  ratio: condition.name,
  subject: coldOpenTrial(condition, true),
  control: coldOpenTrial(condition, false),
}));
