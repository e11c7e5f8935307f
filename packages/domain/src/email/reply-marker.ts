/**
 * The marker line at the top of every e-mail to a desk, in the desk's working language: a reply is
 * read only above it, so nothing Opin.fi sent to a desk can come back as the desk's text.
 * @internal
 */
import type { Locale } from '@opin/support-sdk/schemas';

/** What the marker line asks, in each language (between `##-` and `-##`). */
const markerPhrases: Readonly<Record<Locale, string>> = {
  fi: 'Kirjoita vastauksesi tämän rivin yläpuolelle',
  sv: 'Skriv ditt svar ovanför den här raden',
  en: 'Please type your reply above this line',
};

/** The marker line in one language, e.g. `##- Please type your reply above this line -##`. */
export function replyMarkerLine(language: Locale): string {
  return `##- ${markerPhrases[language]} -##`;
}

/** The phrases as patterns that survive a line wrapped by a client (and its `>` marks). */
const phrasePatterns: readonly RegExp[] = Object.values(markerPhrases).map(
  (phrase) =>
    new RegExp(
      phrase
        .split(' ')
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\s>]+'),
      'iu',
    ),
);

/**
 * Where the first marker starts in `body` (its `##-`, or a marker phrase in any of the three
 * languages), or `-1` if there is none.
 */
export function markerIndex(body: string): number {
  const found = [/##-/.exec(body), ...phrasePatterns.map((pattern) => pattern.exec(body))]
    .filter((match) => match !== null)
    .map((match) => match.index);
  return found.length === 0 ? -1 : Math.min(...found);
}

/** `body` up to its first marker: all of a reply that is ever read. */
export function aboveMarker(body: string): string {
  const marker = markerIndex(body);
  return marker === -1 ? body : body.slice(0, marker);
}
