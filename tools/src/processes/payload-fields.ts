/**
 * Checks the fields of a ready line's payload (`ready-line.ts`), so that a reader gets typed values
 * or an error that names the field.
 * @internal
 */

/** A payload that is not what the reader expects. */
export class ReadyPayloadError extends Error {
  override readonly name = 'ReadyPayloadError';
}

/** `payload` as an object whose fields can be read. */
export function payloadObject(payload: unknown): Readonly<Record<string, unknown>> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new ReadyPayloadError(`The ready payload is not an object: ${JSON.stringify(payload)}`);
  }
  return payload as Readonly<Record<string, unknown>>;
}

/** The string field `name` of `fields`. */
export function stringField(fields: Readonly<Record<string, unknown>>, name: string): string {
  const value = fields[name];
  if (typeof value !== 'string') {
    throw new ReadyPayloadError(`The ready payload has no string "${name}".`);
  }
  return value;
}

/** The field `name` of `fields` as a map of strings (desk keys, page addresses). */
export function stringRecordField(
  fields: Readonly<Record<string, unknown>>,
  name: string,
): Record<string, string> {
  const value = payloadObject(fields[name]);
  const entries = Object.entries(value);
  if (entries.some(([, item]) => typeof item !== 'string')) {
    throw new ReadyPayloadError(`The ready payload's "${name}" has a value that is not a string.`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}
