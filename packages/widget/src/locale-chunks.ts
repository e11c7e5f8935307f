/**
 * Where the launcher finds each locale's chunk, so that it can request the chunk of the UI language
 * together with the panel's instead of after it (`panel-loader.ts`). The chunks' names are known
 * only once the build has named them: the build writes their paths, relative to the launcher, in
 * here (`scripts/bundle/locale-chunks.ts`). Run from source (the tests, the dev server) the map is
 * empty and the panel loads its locale itself, as it always does.
 * @internal
 */
import type { Locale } from '@opin/support-sdk';

/** Locale → the path of its chunk relative to the launcher (`./chunks/fi-….js`); none for `en`. */
export const localeChunks: Partial<Record<Locale, `./${string}`>> = {};
