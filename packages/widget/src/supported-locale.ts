/**
 * Chooses the widget's UI language (docs/design/widget.md): the first candidate tag that names a
 * supported language wins; regional tags map to their language (`sv-FI` → `sv`, `EN-gb` → `en`);
 * unknown ones (`de`, `fil`, `en_US`, empty) are skipped. The host element falls back to `fi` when no
 * source names one. String operations rather than a pattern: this runs when the launcher upgrades,
 * and a first regular expression costs a page measurably more to compile (docs/benchmarks.md).
 * @internal
 */
import type { Locale } from '@opin/support-sdk';

/** The first supported language among `tags`, if one is. */
export function supportedLocale(tags: readonly (string | null | undefined)[]): Locale | undefined {
  for (const tag of tags) {
    const language = tag?.toLowerCase().split('-')[0];
    if (language === 'fi' || language === 'sv' || language === 'en') return language;
  }
  return undefined;
}
