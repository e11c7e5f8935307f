/**
 * Dates in the UI language (Intl), for `<time>` elements.
 * @internal
 */
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
