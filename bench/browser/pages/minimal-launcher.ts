/**
 * The least a launcher can do: a custom element with a shadow root, one constructed style sheet
 * and one button — no attributes, no language, no dialog, no loading. A control for the budget
 * row: what any script-rendered launcher costs on top of the page (the facade control).
 * @internal
 */
const styles =
  'button{position:fixed;right:24px;bottom:24px;padding:12px 20px;border-radius:24px;' +
  'font:600 16px/1.5 system-ui,sans-serif;background:#0b57a4;color:#fff}';

class BenchMinimalLauncher extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    root.adoptedStyleSheets = [sheet];
    const button = document.createElement('button');
    button.textContent = 'Tarvitsetko apua?';
    root.append(button);
  }
}

customElements.define('bench-minimal-launcher', BenchMinimalLauncher);
