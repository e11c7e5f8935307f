/**
 * Language names: each language named in itself for choosing (Suomi · Svenska · English), and
 * "in Finnish" phrases in the UI language for sentences about a ticket.
 * @internal
 */
import { msg, str } from '@lit/localize';
import type { Locale } from '@opin/support-sdk';

/** The three languages, in the order the UI lists them. */
export const uiLocales: readonly Locale[] = ['fi', 'sv', 'en'];

/** Each language's name in itself; shown with a matching `lang` attribute. */
export const autonyms: Readonly<Record<Locale, string>> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};

/** "in Finnish" etc. in the UI language, to complete "will answer you …". */
export function inLanguage(locale: Locale): string {
  switch (locale) {
    case 'fi':
      return msg('in Finnish', { desc: 'Completes "will answer you …".' });
    case 'sv':
      return msg('in Swedish', { desc: 'Completes "will answer you …".' });
    case 'en':
      return msg('in English', { desc: 'Completes "will answer you …".' });
  }
}

/** "Your ticket will now be answered in Finnish.": the UI language, now `locale`, took it along. */
export function ticketLanguageMoved(locale: Locale): string {
  const language = inLanguage(locale);
  return msg(str`Your ticket will now be answered ${language}.`);
}

/** BCP 47 tags for `Intl` formatting in each UI language. */
export const intlTags: Readonly<Record<Locale, string>> = {
  fi: 'fi-FI',
  sv: 'sv-FI',
  en: 'en-GB',
};
