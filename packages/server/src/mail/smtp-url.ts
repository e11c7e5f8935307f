/**
 * The relay the outbox is delivered to, as `--smtp-url` / `SMTP_URL` give it:
 * `smtp://[user:password@]host[:port]` (STARTTLS when the relay offers it) or
 * `smtps://…` (TLS from the start). A password is never logged: `describeSmtpUrl` leaves it out.
 * @internal
 */

/** Reads `value` as an SMTP relay URL; throws an `Error` that says what is wrong. */
export function readSmtpUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('--smtp-url must be a URL like smtp://relay.example:587.');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`--smtp-url must start with smtp:// or smtps://, not ${url.protocol}//.`);
  }
  if (url.hostname === '') throw new Error('--smtp-url names no host.');
  return url;
}

/** The relay as it may be logged: scheme, host and port, no user or password. */
export function describeSmtpUrl(url: URL): string {
  return `${url.protocol}//${url.host}`;
}
