/**
 * Where the examples' sources, their build and the files copied into it are.
 * @internal
 */
import { fileURLToPath } from 'node:url';

/** `examples/`: the root of the examples app. */
export const examplesDir = fileURLToPath(new URL('..', import.meta.url));

/** `examples/dist/`: the built examples, as `pnpm demo` serves them. */
export const siteDir = fileURLToPath(new URL('../dist/', import.meta.url));

/** The repository's root. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The widget package, whose build the portal pages load from `/widget/`. */
export const widgetPackageDir = fileURLToPath(new URL('../../packages/widget/', import.meta.url));

/** Where the portal pages load the widget from, on the examples' origin. */
export const widgetPath = '/widget/opin-support.js';
