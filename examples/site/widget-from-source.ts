/**
 * Vite plugin for `pnpm dev`: the portal pages' `<script src="/widget/opin-support.js">` gets the
 * widget's TypeScript source (its `@opin/source` entry) through vite's dev pipeline, so that an
 * edit in `packages/widget/src` reloads the page. In the build the script tag is left as it is
 * (`vite-ignore`) and the built widget is copied to `/widget/` (`copy-into-site.ts`).
 * @internal
 */
import type { Plugin } from 'vite';
import { widgetPackageDir, widgetPath } from './site-paths.js';
import { sourceEntryOf } from './source-entry.js';

export function widgetFromSource(): Plugin {
  const entry = sourceEntryOf(widgetPackageDir);
  return {
    name: 'opin:widget-from-source',
    apply: 'serve',
    resolveId(id) {
      return id === widgetPath ? entry : undefined;
    },
  };
}
