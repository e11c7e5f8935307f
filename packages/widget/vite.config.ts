/**
 * Builds the widget for browsers (vite library mode, rolldown; `pnpm run build`):
 * `src/index.ts` → `dist/opin-support.js`, the launcher, and what it loads later, each a lazy chunk
 * under `dist/chunks/`: the panel, each locale and the ticket steps (`scripts/bundle/chunk-layout.ts`
 * says which and fails the build when the graph differs). Minified ES2022 with workspace packages
 * bundled from source (`@opin/source`), Lit templates shrunk, translators' notes (`msg()`'s `desc`)
 * left out, every file opening with V8's compile
 * hint. The build fails when msw, the mock server or test code reaches `dist`, and writes
 * `dist/meta.json` for the size check. The React wrapper: `vite.react.config.ts`; declarations:
 * `tsc -p tsconfig.build.json`.
 * @internal
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { writeBundleGraph } from './scripts/bundle/bundle-graph.js';
import { checkChunkLayout, launcherFile } from './scripts/bundle/chunk-layout.js';
import { compileHint, requireCompileHint } from './scripts/bundle/compile-hint.js';
import { localeChunksPlugin } from './scripts/bundle/locale-chunks.js';
import { minifyTemplatesPlugin } from './scripts/bundle/minify-templates.js';
import { stripMessageDescriptionsPlugin } from './scripts/bundle/strip-message-descriptions.js';
import { forbidTestCode } from './scripts/bundle/test-code.js';

const packageDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: { conditions: ['@opin/source', ...defaultClientConditions] },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    // `pnpm size` measures the files (gzip level 9, brotli); the build's own report would differ.
    reportCompressedSize: false,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => launcherFile },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Library mode keeps whitespace and annotations in ES output (for a consumer's own
        // minifier); these files are what browsers load, so they are minified in full.
        minify: true,
        comments: false,
        postBanner: compileHint,
      },
    },
  },
  plugins: [
    minifyTemplatesPlugin(`${packageDir}src`),
    stripMessageDescriptionsPlugin(`${packageDir}src`),
    localeChunksPlugin(packageDir, launcherFile),
    requireCompileHint(),
    forbidTestCode(packageDir),
    checkChunkLayout(packageDir),
    // Last: it reads the source maps (the build's report lists them) and leaves them out of dist.
    writeBundleGraph(packageDir),
  ],
});
