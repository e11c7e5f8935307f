/**
 * Where a running examples server answers, as the banner and the ready line announce it: every
 * example page (with `?api=` when the API is not where the pages look by default, on the pages
 * that read it, and on the desk console `?mail=` and `?hooks=` when `pnpm demo`'s mail catcher and
 * webhook receiver run), the widget, the API base, every desk's key, the mail catcher and the
 * webhook receiver.
 * @internal
 */
import type { DemoReady, MailCatcherReady, WebhookReceiverReady } from '@opin/tools/demo-ready';
import { DEFAULT_API_BASE } from '../desk-console/src/config.js';
import { examplePages, pagePath, type ExamplePage } from '../site/pages.js';
import { widgetPath } from '../site/site-paths.js';

/**
 * The API base the example pages use when their address has no `?api=`: the desk console's
 * default, which the portal pages' `api-base` attribute repeats.
 */
const pagesDefaultApiBase = DEFAULT_API_BASE;

/**
 * The addresses of the examples at `webBase` (no trailing slash) next to the API at `apiBase`
 * and, for `pnpm demo`, its mail catcher and webhook receiver.
 */
export function demoAddresses(
  webBase: string,
  apiBase: string,
  deskKeys: Readonly<Record<string, string>>,
  mailCatcher?: MailCatcherReady,
  webhookReceiver?: WebhookReceiverReady,
): DemoReady {
  const queryOf = (page: ExamplePage): string => {
    const params: string[] = [];
    if (page.readsApiQuery !== false && apiBase !== pagesDefaultApiBase) {
      params.push(`api=${encodeURIComponent(apiBase)}`);
    }
    if (page.readsDemoQueries && mailCatcher) {
      params.push(`mail=${encodeURIComponent(mailCatcher.api)}`);
    }
    if (page.readsDemoQueries && webhookReceiver) {
      params.push(`hooks=${encodeURIComponent(webhookReceiver.api)}`);
    }
    return params.length === 0 ? '' : `?${params.join('&')}`;
  };
  return {
    webBase,
    pages: Object.fromEntries(
      examplePages.map((page) => [pagePath(page), `${webBase}/${pagePath(page)}${queryOf(page)}`]),
    ),
    widget: `${webBase}${widgetPath}`,
    apiBase,
    deskKeys: { ...deskKeys },
    ...(mailCatcher ? { mailCatcher: { ...mailCatcher } } : {}),
    ...(webhookReceiver ? { webhookReceiver: { ...webhookReceiver } } : {}),
  };
}
