/**
 * A minimal Lit element (one styled button): the small host page's own script, the least a page
 * pays for Lit itself.
 * @internal
 */
import { css, html, LitElement } from 'lit';

class BenchLitButton extends LitElement {
  static override styles = css`
    button {
      position: fixed;
      right: 24px;
      bottom: 24px;
      padding: 12px 20px;
      border-radius: 24px;
    }
  `;

  override render() {
    return html`<button type="button" aria-haspopup="dialog">Tarvitsetko apua?</button>`;
  }
}

customElements.define('bench-lit-button', BenchLitButton);
