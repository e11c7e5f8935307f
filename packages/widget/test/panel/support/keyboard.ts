/**
 * Moving through the panel by keyboard alone, with real key presses (`sendKeys`).
 * @internal
 */
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, ownText } from './dom.js';

/** Presses Tab until `matches` holds for the focused element (at most `limit` presses). */
export async function tabTo(matches: (el: Element) => boolean, limit = 40): Promise<Element> {
  for (let press = 0; press < limit; press++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active && matches(active)) return active;
  }
  throw new Error(
    `Tab never reached the element (last: ${deepActiveElement()?.outerHTML ?? 'none'})`,
  );
}

/** Tabs to the button with own text `label`. */
export function tabToButton(label: string): Promise<Element> {
  return tabTo((el) => el.tagName === 'BUTTON' && ownText(el) === label);
}

/** Tabs to the field with id `id` and types `text` into it. */
export async function tabAndType(id: string, text: string): Promise<void> {
  await tabTo((el) => el.id === id);
  await sendKeys({ type: text });
}
