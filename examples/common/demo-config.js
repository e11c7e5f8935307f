/**
 * Demo settings from the page address — for the example pages only, not part of embedding the
 * widget (see ../plain-html/ for exactly what a portal copies).
 *
 *   ?api=http://127.0.0.1:4110/api/v1   the mock API base, when `pnpm demo` runs on other ports
 *                                        (sets `api-base` on <opin-support>)
 *   ?lang=fi | sv | en                   the language: sets `lang` on <opin-support>, and on <html>
 *                                        when the page has its text in that language
 *                                        (<html data-languages="fi sv en">)
 *
 * Loaded as a module before /widget/opin-support.js: module scripts run in document order, so
 * this runs before the element upgrades. Links and forms marked `data-keep-query` keep `?api=`
 * and `?lang=`; the language link of the current language gets `aria-current`.
 */
const params = new URLSearchParams(location.search);
const support = document.querySelector('opin-support');
const root = document.documentElement;

const api = params.get('api');
if (support && api && /^https?:\/\/[^/]+/.test(api)) {
  support.setAttribute('api-base', api.replace(/\/+$/, ''));
}

const lang = params.get('lang');
if (lang === 'fi' || lang === 'sv' || lang === 'en') {
  support?.setAttribute('lang', lang);
  if ((root.dataset.languages ?? '').split(' ').includes(lang)) {
    root.lang = lang;
    const title = document.querySelector(`meta[name="title-${lang}"]`);
    if (title) document.title = title.getAttribute('content') ?? document.title;
  }
}

for (const link of document.querySelectorAll('a[data-keep-query]')) {
  const url = new URL(link.href);
  for (const name of ['api', 'lang']) {
    const value = params.get(name);
    if (value !== null && !url.searchParams.has(name)) url.searchParams.set(name, value);
  }
  link.href = url.href;
}

for (const form of document.querySelectorAll('form[data-keep-query]')) {
  for (const name of ['api', 'lang']) {
    const value = params.get(name);
    if (value === null) continue;
    const input = Object.assign(document.createElement('input'), { type: 'hidden', name, value });
    form.append(input);
  }
}

for (const link of document.querySelectorAll('a[hreflang]')) {
  if (link.hreflang === root.lang) link.setAttribute('aria-current', 'true');
}
