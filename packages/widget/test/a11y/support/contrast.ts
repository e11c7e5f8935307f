/**
 * Colour contrast as WCAG 2.1 defines it (relative luminance, ratio), and the colour actually
 * painted behind an element, looking up through shadow roots.
 * @internal
 */

type Rgba = [number, number, number, number];

/** Parses a computed `rgb()`/`rgba()` colour. */
export function parseColour(value: string): Rgba {
  const parts = /rgba?\(([^)]+)\)/
    .exec(value)?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean);
  if (!parts || parts.length < 3) throw new Error(`not a computed colour: ${value}`);
  const [r = 0, g = 0, b = 0, a = 1] = parts.map(Number);
  return [r, g, b, a];
}

function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two opaque colours (1 to 21). */
export function contrastRatio(one: string, other: string): number {
  const [light, dark] = [luminance(parseColour(one)), luminance(parseColour(other))].sort(
    (a, b) => b - a,
  );
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The parent of `element`, crossing from a shadow root to its host. */
function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The first opaque background colour from `element` upwards (white when none is set). */
export function backgroundBehind(element: Element | null): string {
  for (let at = element; at; at = parentAcrossShadow(at)) {
    const colour = getComputedStyle(at).backgroundColor;
    if (parseColour(colour)[3] === 1) return colour;
  }
  return 'rgb(255, 255, 255)';
}
