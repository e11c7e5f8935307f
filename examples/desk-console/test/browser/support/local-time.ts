/**
 * What Intl gives for an instant in this browser's time zone (which the test runner sets: see
 * web-test-runner.config.js), for comparing the console's times with it.
 * @internal
 */

/** `iso` as `2026-11-25 14:00 EET` by this browser's zone, straight from Intl. */
export function localTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${part('timeZoneName')}`;
}
