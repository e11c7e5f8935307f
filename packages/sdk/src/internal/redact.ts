/**
 * @internal Keeps an access token or desk key out of the SDK's errors: a server may echo it in an
 * error body, and a `fetch` may quote a header in its own error.
 */

const redacted = '[redacted]';

/** `value` (JSON data) with the secret replaced in every string. */
export function redact<T>(value: T, secret: string | undefined): T {
  if (!secret) return value;
  return JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
    typeof item === 'string' ? item.replaceAll(secret, redacted) : item,
  ) as T;
}

/**
 * The error to keep as a typed error's `cause`: `error` itself, or, when the secret shows in its
 * message or stack or in those of its causes, a new `Error` with the message scrubbed and no cause.
 */
export function redactCause(error: Error, secret: string | undefined): Error {
  for (let link: unknown = error; secret && link instanceof Error; link = link.cause) {
    if (`${link.message} ${link.stack}`.includes(secret)) {
      return new Error(error.message.replaceAll(secret, redacted));
    }
  }
  return error;
}
