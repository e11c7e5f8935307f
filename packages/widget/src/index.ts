/**
 * `@opin/support-widget`: importing it registers `<opin-support>` (if the tag is free).
 * The panel (Lit, the SDK, one locale) is a separate chunk, loaded on first interaction.
 */
import './define.js';

export type { OpinSupportElement } from './opin-support.js';
export type { OpinSupportEventMap, OpinSupportEventName } from './events.js';
export type { PrefillFields } from './prefill-fields.js';
