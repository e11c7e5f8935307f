/**
 * Registers custom elements, each only if its tag is free: another copy of the widget on the page
 * may have registered it already.
 * @internal
 */
export function defineFree(elements: Record<string, CustomElementConstructor>): void {
  for (const [tag, element] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}
