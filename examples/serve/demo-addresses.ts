/**
 * Where a running examples server answers, as the banner and the ready line announce it: every
 * example page (with `?api=` when the mock API is not where the pages look by default, on the pages
 * that read it), the widget,
 * the API base and every desk's key.
 * @internal
 */
import type { DemoReady } from '@opin/tools/demo-ready';
import { DEFAULT_API_BASE } from '../desk-console/src/config.js';
import { examplePages, pagePath } from '../site/pages.js';
import { widgetPath } from '../site/site-paths.js';

/**
 * The API base the example pages use when their address has no `?api=`: the desk console's
 * default, which the portal pages' `api-base` attribute repeats.
 */
const pagesDefaultApiBase = DEFAULT_API_BASE;

/** The addresses of the examples at `webBase` (no trailing slash) next to the API at `apiBase`. */
export function demoAddresses(
  webBase: string,
  apiBase: string,
  deskKeys: Readonly<Record<string, string>>,
): DemoReady {
  const query = apiBase === pagesDefaultApiBase ? '' : `?api=${encodeURIComponent(apiBase)}`;
  return {
    webBase,
    pages: Object.fromEntries(
      examplePages.map((page) => [
        pagePath(page),
        `${webBase}/${pagePath(page)}${page.readsApiQuery === false ? '' : query}`,
      ]),
    ),
    widget: `${webBase}${widgetPath}`,
    apiBase,
    deskKeys: { ...deskKeys },
  };
}
