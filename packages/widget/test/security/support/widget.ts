/**
 * The real `<opin-support>` (host element, lazily loaded Lit panel, SDK) on the test page,
 * against the in-page mock API.
 * @internal
 */
import { waitUntil } from '../../support/wait.js';
import '../../../src/define.js';
import type { OpinSupportElement } from '../../../src/opin-support.js';
import type { OpinSupportPanel } from '../../../src/panel/panel.component.js';
import { deepQuery } from '../../panel/support/dom.js';
import { dialogOf } from '../../support/host.js';
import { apiBase } from '../../support/mock-api.js';

/** Adds an `<opin-support>` for the mock API (launcher mode, English unless told otherwise). */
export function addWidget(attributes: Record<string, string> = {}): OpinSupportElement {
  const element = document.createElement('opin-support');
  element.setAttribute('api-base', apiBase);
  element.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

/** The widget's panel, once it has been created. */
export function panelOf(element: OpinSupportElement): OpinSupportPanel | null {
  return element.shadowRoot?.querySelector('opin-support-panel') ?? null;
}

/** Waits for the panel and for `selector` to match inside it; returns the panel. */
export async function panelShowing(
  element: OpinSupportElement,
  selector: string,
): Promise<OpinSupportPanel> {
  await waitUntil(() => {
    const panel = panelOf(element);
    return panel !== null && deepQuery(panel, selector) !== null;
  }, `the panel never showed ${selector}`);
  const panel = panelOf(element);
  if (!panel) throw new Error('no panel');
  return panel;
}

/** Opens the dialog from the launcher and waits for the start step's topics. */
export async function openWidget(element: OpinSupportElement): Promise<OpinSupportPanel> {
  element.show();
  await waitUntil(() => dialogOf(element).open, 'the dialog did not open');
  return panelShowing(element, 'opin-support-start-step >> button.choice');
}
