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
 * Tests replace `load` with a stub (`test/support/stub-panel.ts`): a seam of this module, not of
 * the element, so it stays out of the element's public type.
 * @internal
 */
import type { CreatePanel, PanelHostElement } from './panel-contract.js';
import { localeChunks } from './locale-chunks.js';

const ignore = () => undefined;

/** Loads the panel for `element` (once per call; the host keeps the promise). */
export const panelLoader: { load: (element: PanelHostElement) => Promise<CreatePanel> } = {
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
};
