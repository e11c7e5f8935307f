/**
 * How `<opin-support>` gets the panel, and everything its first step needs, in one round trip
 * (docs/design/widget.md, "What is requested when"): at once, the panel's chunk (a dynamic
 * `import()` with a literal relative path, so the bundler splits the panel into a chunk of its own,
 * resolved against the launcher's URL), the chunk of the UI language (its path written in by the
 * build: `locale-chunks.ts`), whose import the panel takes its translations from
 * (`PrefetchedLocale`), and the first step's data, `GET /topics?locale=`, whose pending response
 * the panel takes over (`PrefetchedTopics`). Nothing here rejects unhandled: a failed locale chunk
 * is loaded again by the panel, a failed request sent again.
 *
 * `watch` is the launcher's way to a badge for a new reply: only when this browser remembers a
 * ticket of the element's API does it load the panel's module (no locale, no request of its own)
 * and start its watcher; otherwise it reads one storage key and requests nothing.
 *
 * Tests replace `load` with a stub (`test/support/stub-panel.ts`): a seam of this module, not of
 * the element, so it stays out of the element's public type.
 * @internal
 */
import type { CreatePanel, PanelHostElement } from './panel-contract.js';
import { localeChunks } from './locale-chunks.js';

const ignore = () => undefined;

/**
 * Where the panel's ticket store keeps the tickets of the API at `apiBase` (`ticketsKey` in
 * `panel/stores/ticket-store.ts`; a test compares them). Not imported from there: a module that
 * both the launcher and the panel import would become a chunk of its own, a second request
 * (`scripts/bundle/chunk-layout.ts`). Throws for a base that is not a URL (no ticket is kept for
 * one: the SDK refuses it).
 */
export const storedTicketsKey = (apiBase: string): string =>
  'opin-support:v1:tickets:' + new URL(apiBase, document.baseURI).origin;

/** Loads the panel for `element` (once per call; the host keeps the promise). */
export const panelLoader: {
  load: (element: PanelHostElement) => Promise<CreatePanel>;
  watch: (element: PanelHostElement) => Promise<(() => void) | undefined> | undefined;
} = {
  load: (element) => {
    const locale = element.lang;
    // The URL the SDK builds for `listTopics` (its base URL ends in one slash).
    const topics = fetch(element.apiBase.replace(/\/*$/, '/topics?locale=') + locale).catch(ignore);
    const chunk = localeChunks[locale];
    const translations = chunk && import(/* @vite-ignore */ chunk).catch(ignore);
    return import('./panel/index.js').then(
      (panel) => (container, host, pick) =>
        panel.createPanel(container, host, pick, topics, translations, locale),
    );
  },
  watch: (element) => {
    try {
      if ((localStorage as Partial<Record<string, string>>)[storedTicketsKey(element.apiBase)]) {
        return import('./panel/index.js')
          .then((panel) => panel.watchReplies(element))
          .catch(ignore);
      }
    } catch {
      // Storage blocked, or no URL to key it by: no ticket to watch.
    }
  },
};
