/**
 * A vite plugin that rewrites the widget's own TypeScript sources before they are compiled, the
 * shape the build's source rewrites share (`minify-templates.ts`, `strip-message-descriptions.ts`).
 * It returns no source map: the build's maps (used only to count each source's bytes,
 * `bundle-graph.ts`) still name the right file, though lines after a rewrite point a little off.
 * @internal
 */
import type { Plugin } from 'vite';

/** Applies `rewrite` to the `.ts` files under `sourceDir` (the widget's `src/`), first of all. */
export function sourceTransformPlugin(
  name: string,
  sourceDir: string,
  rewrite: (code: string, fileName: string) => string,
): Plugin {
  const prefix = sourceDir.endsWith('/') ? sourceDir : `${sourceDir}/`;
  return {
    name,
    enforce: 'pre',
    transform: {
      filter: { id: /\.ts$/ },
      handler(code, id) {
        return id.startsWith(prefix) ? { code: rewrite(code, id), map: null } : null;
      },
    },
  };
}
