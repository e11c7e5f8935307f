/**
 * The reply badge's chunk (`scripts/bundle/chunk-layout.ts`): the panel's module imports it when
 * the launcher asks for a badge (`watchReplies` in `../index.ts`); it builds on the panel's code
 * (the SDK, the stores, the translations), so a visitor with no remembered ticket never loads it,
 * and the panel's opening does not carry it.
 * @internal
 */
export { watchReplies } from './watch-replies.js';
