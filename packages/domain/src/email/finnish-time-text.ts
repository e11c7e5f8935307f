/**
 * A moment in Finnish time as the e-mails write it, in each language: "tiistaina 8.12.2026 klo
 * 15.00 (Suomen aikaa)", "tisdag 8.12.2026 kl. 15.00 (finsk tid)", "Tuesday 8 December 2026 at
 * 15:00 (Finnish time)".
 * @internal
 */
import type { Locale } from '@opin/support-sdk/schemas';
import type { FinnishTime } from './finnish-time.js';

const fiWeekdays = [
  'sunnuntaina',
  'maanantaina',
  'tiistaina',
  'keskiviikkona',
  'torstaina',
  'perjantaina',
  'lauantaina',
];
const svWeekdays = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const enWeekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const enMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `t` with its weekday, date, time and "(Finnish time)", in `language`. */
export function finnishTimeText(t: FinnishTime, language: Locale): string {
  switch (language) {
    case 'fi':
      return `${fiWeekdays[t.weekday] ?? ''} ${t.day}.${t.month}.${t.year} klo ${t.hour}.${t.minute} (Suomen aikaa)`;
    case 'sv':
      return `${svWeekdays[t.weekday] ?? ''} ${t.day}.${t.month}.${t.year} kl. ${t.hour}.${t.minute} (finsk tid)`;
    case 'en':
      return `${enWeekdays[t.weekday] ?? ''} ${t.day} ${enMonths[t.month - 1] ?? ''} ${t.year} at ${String(t.hour).padStart(2, '0')}:${t.minute} (Finnish time)`;
  }
}
