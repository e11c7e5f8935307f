/**
 * Finding things inside the panel's nested shadow roots, waiting for them, and reading the text
 * a person (or a screen reader) gets.
 * @internal
 */
import { waitUntil } from '../../support/wait.js';
import type { LitElement } from 'lit';

/** Every element under `root`, shadow trees included. */
export function allElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return found;
}

/**
 * Every element matching `selector` anywhere under `root` (shadow trees included). `a >> b`
 * finds `b` anywhere inside an `a` (also across shadow roots).
 */
export function deepQueryAll<T extends Element = HTMLElement>(
  root: Element,
  selector: string,
): T[] {
  const [first = '', ...rest] = selector.split('>>').map((part) => part.trim());
  const matches = allElements(root).filter((el) => el.matches(first));
  if (rest.length === 0) return matches as T[];
  return [...new Set(matches.flatMap((el) => deepQueryAll<T>(el, rest.join(' >> '))))];
}

/** The first element matching `selector` (see {@link deepQueryAll}), or null. */
export function deepQuery(root: Element, selector: string): HTMLElement | null {
  return deepQueryAll(root, selector)[0] ?? null;
}

/** Waits for `selector` to match under `root`, and returns the element. */
export async function waitForElement<T extends Element = HTMLElement>(
  root: Element,
  selector: string,
  message = `${selector} did not appear`,
): Promise<T> {
  await waitUntil(() => deepQuery(root, selector) !== null, message);
  const element = deepQueryAll<T>(root, selector)[0];
  if (!element) throw new Error(message);
  return element;
}

/** Waits until the text under `root` contains `text`. */
export async function waitForText(root: Element, text: string): Promise<void> {
  await waitUntil(() => deepText(root).includes(text), `"${text}" did not appear`);
}

/** A button's own text (not its summary or icon spans), whitespace collapsed. */
export function ownText(element: Element): string {
  return Array.from(element.childNodes)
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The button (or link) whose own text, or first part's text, is `label` (a title, "Send", …). */
export async function waitForButton(root: Element, label: string): Promise<HTMLButtonElement> {
  const labelled = (b: Element) =>
    ownText(b) === label || b.firstElementChild?.textContent.trim() === label;
  const find = () => deepQueryAll<HTMLButtonElement>(root, 'button, a').find(labelled);
  await waitUntil(() => find() !== undefined, `no button "${label}"`);
  const button = find();
  if (!button) throw new Error(`no button "${label}"`);
  return button;
}

/** The text content under `root`, shadow trees included, whitespace collapsed. */
export function deepText(root: Element): string {
  return textSegments(root).join(' ');
}

/**
 * Each visible text node and accessible attribute value under `root`, trimmed. With `skipLang`,
 * subtrees marked with their own `lang` (content in another language: articles, messages,
 * language names) are left out.
 */
export function textSegments(root: Element, options: { skipLang?: boolean } = {}): string[] {
  const segments: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element && (node.tagName === 'STYLE' || node.tagName === 'SCRIPT')) return;
    if (options.skipLang && node instanceof Element && node !== root && node.hasAttribute('lang')) {
      return;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      if (text) segments.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = node.getAttribute(attribute);
        if (value) segments.push(value);
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return segments;
}

/** Waits until `element` and every Lit element under it have finished updating. */
export async function settle(element: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const lit = [element, ...allElements(element)].filter(
      (el): el is LitElement => 'updateComplete' in el,
    );
    const pending = await Promise.all(lit.map((el) => el.updateComplete));
    if (pending.every(Boolean)) return;
  }
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
