/**
 * V8's compile hint, the first line of every file of the widget (the build adds it as rolldown's
 * `postBanner`, after minification): Chromium (136+; other engines read a comment) then compiles
 * all of a file's functions with the module, off the main thread while it streams, instead of each
 * on its first call on the main thread. The launcher's functions all run at upgrade; the panel's
 * chunks run most of theirs when it opens. It was measured against a copy of the build without it,
 * which the benchmark no longer loads (bench/analysis.md says why it stays). The plugin fails the
 * build when a file does not start with it.
 * @internal
 */
import type { Plugin } from 'vite';

/** The hint, a line of its own. */
export const compileHint = '//# allFunctionsCalledOnLoad';

/** Fails the build when a JavaScript file of the bundle does not start with {@link compileHint}. */
export function requireCompileHint(): Plugin {
  return {
    name: 'opin:require-compile-hint',
    generateBundle(_options, bundle) {
      const unhinted = Object.values(bundle)
        .filter((file) => file.type === 'chunk' && !file.code.startsWith(`${compileHint}\n`))
        .map((file) => file.fileName);
      if (unhinted.length)
        this.error(`Not starting with ${compileHint}:\n  ${unhinted.join('\n  ')}`);
    },
  };
}
