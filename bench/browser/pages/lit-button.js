/**
 * A minimal Lit element (one styled button), to compare the widget's load cost with the least a
 * page pays for Lit itself. Plain JavaScript: `lit` is resolved from the widget package's
 * dependencies when esbuild bundles it (the repository root does not depend on Lit, so
 * TypeScript could not type-check an import of it here).
 * @internal
 */
import { css, html, LitElement } from 'lit';

class BenchLitButton extends LitElement {
  static styles = css`
    button {
      position: fixed;
      right: 24px;
      bottom: 24px;
      padding: 12px 20px;
      border-radius: 24px;
    }
  `;

  render() {
    return html`<button type="button" aria-haspopup="dialog">Tarvitsetko apua?</button>`;
  }
}

customElements.define('bench-lit-button', BenchLitButton);
