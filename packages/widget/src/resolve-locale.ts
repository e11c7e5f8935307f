/**
 * Chooses the widget's UI language (widget.md): the first candidate tag that names a supported
 * language wins; regional tags map to their language (`sv-FI` → `sv`, `EN-gb` → `en`); unknown
 * ones (`de`, `fil`, empty) are skipped; `fi` if none is supported.
 * @internal
 */
import type { Locale } from '@opin/support-sdk';

const supported = /^(fi|sv|en)(?![^-])/i;

/**
 * The first supported language among `tags` (the `lang` attribute, the closest ancestor's `lang`,
 * then `navigator.languages`), else `fi`.
 */
export function resolveLocale(tags: Iterable<string | null | undefined>): Locale {
  for (const tag of tags) {
    const language = supported.exec(tag ?? '')?.[1];
    if (language) return language.toLowerCase() as Locale;
  }
  return 'fi';
}
