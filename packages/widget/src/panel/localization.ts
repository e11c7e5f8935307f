/**
 * The panel's @lit/localize runtime setup. English is the source; Finnish and Swedish load as
 * separate chunks (one static `import()` per locale, so bundlers split them).
 * @internal
 */
import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import type { Locale } from '@opin/support-sdk';

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<LocaleModule>> = {
  fi: () => import('./locales/fi.js'),
  sv: () => import('./locales/sv.js'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fi', 'sv'],
  loadLocale: (locale) => {
    const load = locale === 'fi' || locale === 'sv' ? loaders[locale] : undefined;
    return load ? load() : Promise.reject(new Error(`No translations for ${locale}.`));
  },
});

/** Switches every localized template of the panel to `locale` (resolves when it is ready). */
export async function applyLocale(locale: Locale): Promise<void> {
  if (getLocale() !== locale) await setLocale(locale);
}

/** The UI locale lit-localize currently renders. */
export function activeLocale(): Locale {
  const locale = getLocale();
  return locale === 'fi' || locale === 'sv' ? locale : 'en';
}
