/**
 * Finding content that a narrow or re-spaced layout pushes out of view: elements sticking out of
 * a box sideways, and elements that clip their own text.
 * @internal
 */
import { allElements } from '../../panel/support/dom.js';

/** Elements people never see (the honeypot, text for screen readers only). */
function hiddenOnPurpose(element: Element): boolean {
  return element.closest('.honeypot, .visually-hidden, [aria-hidden="true"]') !== null;
}

/** The elements under `root` that stick out of `box` to the left or right. */
export function stickingOut(root: Element, box: DOMRect): string[] {
  return allElements(root)
    .filter((el) => !hiddenOnPurpose(el))
    .filter((el) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && (rect.right > box.right + 0.5 || rect.left < box.left - 0.5);
    })
    .map(describe);
}

/** The elements under `root` whose own box cuts off part of their content. */
export function clippingContent(root: Element): string[] {
  return allElements(root)
    .filter((el) => !hiddenOnPurpose(el) && el instanceof HTMLElement)
    .filter((el) => {
      const style = getComputedStyle(el);
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      return (
        (clipsX && el.scrollWidth > el.clientWidth + 1) ||
        (clipsY && el.scrollHeight > el.clientHeight + 1)
      );
    })
    .map(describe);
}

function describe(element: Element): string {
  const text = element.textContent.trim().slice(0, 30);
  return `${element.localName}${element.id ? `#${element.id}` : ''} "${text}"`;
}
