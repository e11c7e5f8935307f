/**
 * Builds an article body from its paragraphs.
 * @internal
 */

/** Joins paragraphs into a plain-text body, separated by a blank line. */
export function paragraphs(...parts: readonly string[]): string {
  return parts.join('\n\n');
}
