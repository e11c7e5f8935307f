/**
 * Registers `<opin-support>` if the tag is free. When another copy of the widget (another version,
 * or the same script included twice) already holds the tag, that copy stays in charge; a different
 * class gets one console warning.
 */
import { OpinSupportElement } from './opin-support.js';

const tag = 'opin-support';
const existing = customElements.get(tag);
if (!existing) customElements.define(tag, OpinSupportElement);
else if (existing !== OpinSupportElement) {
  console.warn(`<${tag}>: another version is in use`);
}

declare global {
  interface HTMLElementTagNameMap {
    'opin-support': OpinSupportElement;
  }
}
