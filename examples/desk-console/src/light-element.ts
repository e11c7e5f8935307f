/**
 * Base of the console's components: they render into the light DOM, so the one external
 * stylesheet (`styles.css`, CSP-friendly) styles them all and labels, headings and ids share one
 * document.
 * @internal
 */
import { LitElement } from 'lit';

/** A LitElement without a shadow root. */
export abstract class LightElement extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
