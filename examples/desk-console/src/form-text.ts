/**
 * Reads a text field of a submitted form.
 * @internal
 */

/** The value of the text field `name`, or `''` when there is none. */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
