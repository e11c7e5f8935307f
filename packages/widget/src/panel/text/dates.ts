/**
 * Dates and durations in the UI language (Intl), for `<time>` elements and response times.
 * @internal
 */
import { msg, str } from '@lit/localize';
import type { Locale } from '@opin/support-sdk';
import { intlTags } from './languages.js';

/** A date and time such as "25 Nov 2026, 14:05" in `locale`, in the learner's time zone. */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTags[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** A time of day such as "14:05" in `locale`. */
export function formatTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTags[locale], { timeStyle: 'short' }).format(date);
}

/** "within 12 hours" under a day, "within 2 days" otherwise (days rounded up). */
export function withinHours(hours: number): string {
  if (hours < 24) {
    const count = Math.max(1, Math.ceil(hours));
    return count === 1
      ? msg('within an hour')
      : msg(str`within ${count} hours`, {
          desc: 'Expected response time; completes "usually …". The number is over 1.',
        });
  }
  const days = Math.ceil(hours / 24);
  return days === 1
    ? msg('within a day')
    : msg(str`within ${days} days`, {
        desc: 'Expected response time; completes "usually …". The number is over 1.',
      });
}
