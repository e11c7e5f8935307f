/**
 * What a learner does in the panel, done through the DOM (typing fires `input`, leaving fires
 * `blur`, clicking a button by its visible text).
 * @internal
 */
import { deepQuery, settle, waitForButton, waitForElement } from './dom.js';

/** Types `value` into the field with id `id` (replacing its text) and leaves it. */
export async function fill(root: Element, id: string, value: string): Promise<void> {
  const field = await waitForElement<HTMLInputElement | HTMLTextAreaElement>(root, `#${id}`);
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  // A page in a background tab gets no real blur event: say it directly, then move focus away.
  field.dispatchEvent(new FocusEvent('blur'));
  field.blur();
  await settle(root);
}

/** Clicks the button whose text is `label`. */
export async function click(root: Element, label: string): Promise<void> {
  (await waitForButton(root, label)).click();
  await settle(root);
}

/** Chooses `value` in the `<select>` with id `id`. */
export async function choose(root: Element, id: string, value: string): Promise<void> {
  const select = await waitForElement<HTMLSelectElement>(root, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(root);
}

/** The value of the field with id `id`, or undefined when it is not shown. */
export function valueOf(root: Element, id: string): string | undefined {
  return (deepQuery(root, `#${id}`) as HTMLInputElement | HTMLTextAreaElement | null)?.value;
}
