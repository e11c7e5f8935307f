/// <reference types="mocha" />
/**
 * Another Lit on the page: the page already runs an element built with Lit 2 (its own copy of
 * lit-html and ReactiveElement) when the widget loads its panel with Lit 3. Both keep working:
 * the widget opens and renders, and the page's element still renders and updates.
 */
import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { LitElement as Lit2Element, html as lit2Html } from 'lit2';
import { deepQueryAll } from '../panel/support/dom.js';
import { resetMock } from '../support/mock-api.js';
import { addWidget, openWidget } from './support/widget.js';

/** The page's own element, built with Lit 2. */
class PageCounter extends Lit2Element {
  static override properties = { count: { type: Number } };
  declare count: number;

  constructor() {
    super();
    this.count = 0;
  }

  override render() {
    return lit2Html`<button @click=${() => (this.count += 1)}>Clicked ${this.count}</button>`;
  }
}
customElements.define('page-counter', PageCounter);

declare global {
  interface HTMLElementTagNameMap {
    'page-counter': PageCounter;
  }
  var litHtmlVersions: string[] | undefined;
}

describe('another Lit version on the page', () => {
  before(() => resetMock());

  it('leaves the page’s Lit 2 element working and works itself with Lit 3', async () => {
    const counter = document.createElement('page-counter');
    document.body.append(counter);
    await counter.updateComplete;
    const button = () => counter.shadowRoot?.querySelector('button');
    assert.strictEqual(button()?.textContent, 'Clicked 0');

    const widget = addWidget();
    const panel = await openWidget(widget);
    expect(deepQueryAll(panel, 'button.choice').length).to.be.greaterThan(0);
    const versions = globalThis.litHtmlVersions ?? [];
    assert.isTrue(
      versions.some((v) => v.startsWith('2.')) && versions.some((v) => v.startsWith('3.')),
    );

    button()?.click();
    await waitUntil(
      () => button()?.textContent === 'Clicked 1',
      'the page’s element stopped updating',
    );
    widget.hide();
    widget.remove();
    counter.count = 5;
    await counter.updateComplete;
    assert.strictEqual(button()?.textContent, 'Clicked 5');
    counter.remove();
  });
});
