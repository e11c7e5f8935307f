/**
 * A moment as clocks in Finland show it (Europe/Helsinki, summer time included): the learner
 * e-mails name the time an answer is due this way, and say so ("Suomen aikaa", "finsk tid",
 * "Finnish time").
 * @internal
 */

/** The calendar and clock fields of a moment in Finland. */
export interface FinnishTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0 for Sunday to 6 for Saturday. */
  weekday: number;
  /** 0–23. */
  hour: number;
  /** Two digits, e.g. `05`. */
  minute: string;
}

const finland = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/** `iso` (a UTC timestamp) in Finnish time. */
export function inFinnishTime(iso: string): FinnishTime {
  const parts = finland.formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  const year = part('year');
  const month = part('month');
  const day = part('day');
  return {
    year,
    month,
    day,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    hour: part('hour'),
    minute: String(part('minute')).padStart(2, '0'),
  };
}
