/**
 * The examples as one vite app: every HTML page is an input of a multi-page build
 * (`site/pages.ts`) into `examples/dist/`, which `pnpm demo` serves with vite's preview server;
 * `pnpm dev` serves the sources with hot reload. The widget and the SDK resolve from their
 * TypeScript sources (`@opin/source`), so the desk console and the React portal need no package
 * built first. The portal pages load the widget as a portal hosting it would, from
 * `/widget/opin-support.js`: in the build the built widget is copied there, in dev its source is
 * served there.
 *
 *   vite build --config examples/vite.config.ts   (pnpm build:examples)
 */
import { join } from 'node:path';
import { defaultClientConditions, defineConfig } from 'vite';
import { copyIntoSite } from './site/copy-into-site.js';
import { examplePages } from './site/pages.js';
import { examplesDir, repoRoot, siteDir, widgetPackageDir } from './site/site-paths.js';
import { sourceCondition } from './site/source-entry.js';
import { widgetFromSource } from './site/widget-from-source.js';

export default defineConfig({
  root: examplesDir,
  appType: 'mpa',
  // Files served as they are (the demo settings, the widget) are copied by copyIntoSite.
  publicDir: false,
  cacheDir: join(repoRoot, 'node_modules/.vite/examples'),
  clearScreen: false,
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  server: { fs: { allow: [repoRoot] } },
  build: {
    outDir: siteDir,
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      input: Object.fromEntries(
        examplePages.map((page) => [
          page.file.replace(/\.html$/, ''),
          join(examplesDir, page.file),
        ]),
      ),
    },
  },
  plugins: [
    widgetFromSource(),
    copyIntoSite([
      { from: join(widgetPackageDir, 'dist'), to: 'widget', makeWith: 'pnpm build' },
      { from: join(examplesDir, 'common'), to: 'common' },
      { from: join(examplesDir, 'README.md'), to: 'README.md' },
    ]),
  ],
});
