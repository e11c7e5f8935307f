/**
 * The panel's @lit/localize runtime setup. English is the source; Finnish and Swedish load as
 * separate chunks (one static `import()` per locale, so bundlers split them).
 * @internal
 */
import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import type { Locale } from '@opin/support-sdk';
import type { PrefetchedLocale } from '../panel-contract.js';

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<LocaleModule>> = {
  fi: () => import('./locales/fi.js'),
  sv: () => import('./locales/sv.js'),
};

/** Locale chunks the host has imported already (`offerLocale`), each used once. */
const offered = new Map<string, PrefetchedLocale>();

const isLocaleModule = (value: unknown): value is LocaleModule =>
  typeof value === 'object' && value !== null && 'templates' in value;

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fi', 'sv'],
  loadLocale: (locale) => {
    const load = locale === 'fi' || locale === 'sv' ? loaders[locale] : undefined;
    if (!load) return Promise.reject(new Error(`No translations for ${locale}.`));
    const prefetched = offered.get(locale);
    offered.delete(locale);
    // The host's import of the chunk, if it loaded; else the panel's own (which tries again).
    return prefetched
      ? prefetched.then((module) => (isLocaleModule(module) ? module : load()))
      : load();
  },
});

/**
 * The host's `import()` of `locale`'s chunk (`PrefetchedLocale`): the next load of `locale` takes
 * its translations from it, in the same task as the chunk's evaluation, instead of importing the
 * chunk again (which would resolve only in a later task, after a frame of the busy dialog).
 */
export function offerLocale(locale: Locale, module: PrefetchedLocale): void {
  offered.set(locale, module);
}

/** Switches every localized template of the panel to `locale` (resolves when it is ready). */
export async function applyLocale(locale: Locale): Promise<void> {
  if (getLocale() !== locale) await setLocale(locale);
}

/** The UI locale lit-localize currently renders. */
export function activeLocale(): Locale {
  const locale = getLocale();
  return locale === 'fi' || locale === 'sv' ? locale : 'en';
}
