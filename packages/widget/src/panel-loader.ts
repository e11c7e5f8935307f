/**
 * How `<opin-support>` gets the panel: a dynamic `import()` of `panel/index.ts` with a literal
 * relative path, so the bundler splits the panel into a chunk of its own, resolved against the
 * launcher's URL. Only `createPanel` is read from the module, so the bundler can hand over the
 * panel's chunk as it is. Tests replace `load` with a stub (`test/support/stub-panel.ts`): a seam
 * of this module, not of the element, so it stays out of the element's public type.
 * @internal
 */
import type { CreatePanel } from './panel-contract.js';

/** Loads the panel's code (once per call; the host keeps the promise). */
export const panelLoader: { load: () => Promise<CreatePanel> } = {
  load: async () => (await import('./panel/index.js')).createPanel,
};
