/**
 * Where in a config file a problem is, written the way the file is read: `[3].title.fi` is the
 * fourth entry's Finnish title.
 * @internal
 */

/** A field path from the top of a file, e.g. `[3].title.fi`; empty for the file as a whole. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let written = '';
  for (const key of path) {
    if (typeof key === 'number') written += `[${key}]`;
    else written += written === '' ? String(key) : `.${String(key)}`;
  }
  return written;
}

/** One problem line: the file, the field (when there is one) and what is wrong. */
export function problemLine(file: string, path: readonly PropertyKey[], message: string): string {
  const where = fieldPath(path);
  return `${file}: ${where === '' ? '' : `${where}: `}${message}`;
}
