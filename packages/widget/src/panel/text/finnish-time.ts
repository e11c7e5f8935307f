/**
 * When an answer is due, as clocks in Finland show it (Europe/Helsinki), in the words the learner
 * e-mails use: "keskiviikkona 9.12.2026 klo 15.00", "onsdag 9.12.2026 kl. 15.00", "Wednesday
 * 9 December 2026 at 15:00". Desks work in Finnish time, so the promise names it (and says so,
 * `plan.ts`) wherever the learner is. tests/e2e proves the widget and the e-mails agree.
 * @internal
 */
import type { Locale } from '@opin/support-sdk';
import { intlTags } from './languages.js';

/** `iso` (UTC) in Finnish time, written as the learner e-mails write it in `locale`. */
export function inFinnishTime(iso: string, locale: Locale): string {
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of new Intl.DateTimeFormat(intlTags[locale], {
    timeZone: 'Europe/Helsinki',
    weekday: 'long',
    day: 'numeric',
    month: locale === 'en' ? 'long' : 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso))) {
    part[type] = value;
  }
  const { weekday, day, month, year, hour, minute } = part;
  return locale === 'en'
    ? `${weekday} ${day} ${month} ${year} at ${hour?.padStart(2, '0')}:${minute}`
    : // In a date, Finnish weekdays come in the essive ("keskiviikkona"), as the e-mail writes them.
      `${weekday} ${day}.${month}.${year} ${locale === 'fi' ? 'klo' : 'kl.'} ${Number(hour)}.${minute}`;
}
