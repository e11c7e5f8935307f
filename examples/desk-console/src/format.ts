/**
 * Small formatting helpers for the console's English UI.
 * @internal
 */
import type { Locale, Topic } from '@opin/support-sdk';
import type { Desk, TicketStatus } from '@opin/support-sdk/desk';

const languageNames: Readonly<Record<Locale, string>> = {
  fi: 'Finnish',
  sv: 'Swedish',
  en: 'English',
};

/** `fi` → `Finnish`. */
export function languageName(locale: Locale): string {
  return languageNames[locale];
}

/** `fi` → `Finnish (fi)`. */
export function languageLabel(locale: Locale): string {
  return `${languageName(locale)} (${locale})`;
}

/** The desk's English name, or its id when it is not listed. */
export function deskName(desks: readonly Desk[], id: string): string {
  return desks.find((desk) => desk.id === id)?.name.en ?? id;
}

/** The topic's English title, or its id while the topics are not loaded or it is not listed. */
export function topicTitle(topics: readonly Topic[], id: string): string {
  return topics.find((topic) => topic.id === id)?.title ?? id;
}

/** `waiting_for_learner` → `Waiting for learner`. */
export function statusLabel(status: TicketStatus): string {
  const words = status.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `Tampere University — answers fi, en — e-mail`, for choosing a hand-off target. */
export function deskSummary(desk: Desk): string {
  const integration = desk.integration === 'email' ? 'e-mail' : 'realtime';
  return `${desk.name.en} — answers ${desk.languages.join(', ')} — ${integration}`;
}
