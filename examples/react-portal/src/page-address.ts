/**
 * Demo settings from the page address, as `../../common/demo-config.js` reads them for the static
 * pages (which set attributes before the element upgrades; here React passes props instead):
 * `?api=<API base>` when the mock API runs on another port, `?lang=fi|sv|en` for the widget.
 */
/** A language of the widget. */
export type Locale = 'fi' | 'sv' | 'en';

const defaultApiBase = 'http://127.0.0.1:4010/api/v1';

/** The mock API base: `?api=` if it is an http(s) URL, else the demo's default. */
export function demoApiBase(search: string): string {
  const api = new URLSearchParams(search).get('api');
  return api && /^https?:\/\/[^/]+/.test(api) ? api.replace(/\/+$/, '') : defaultApiBase;
}

/** The widget's language: `?lang=` if it is fi, sv or en, else Finnish (the page's language). */
export function demoLang(search: string): Locale {
  const lang = new URLSearchParams(search).get('lang');
  return lang === 'sv' || lang === 'en' ? lang : 'fi';
}
