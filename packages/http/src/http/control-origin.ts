/**
 * Which browser pages may use the mock's own `/_mock/*` endpoints (they reset the mock and read its
 * outbox, the learners' e-mails): the mock's own origin, any origin on loopback (a dev server or the
 * desk console on another port of the same machine), and the origins listed in
 * `mockControlOrigins`. A page on any other site is refused, so visiting it cannot touch a
 * developer's running mock. Clients outside a browser send no `Origin` and are served.
 * @internal
 */
import { isLoopback, parseIp } from './ip.js';

/** How a `/_mock/*` request may be answered: refused, or allowed with CORS for `corsOrigin`. */
export type ControlAccess = { allowed: false } | { allowed: true; corsOrigin?: string };

/** Whether `origin` (`scheme://host:port`) names a host on loopback. */
function isLoopbackOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.hostname === 'localhost') return true;
  const address = parseIp(url.hostname.replace(/^\[|\]$/g, ''));
  return address !== undefined && isLoopback(address);
}

/** Throws a RangeError unless every entry is an origin as browsers send it (`https://a.example:8443`). */
export function requireOrigins(origins: readonly string[]): void {
  for (const origin of origins) {
    let parsed: string | undefined;
    try {
      parsed = new URL(origin).origin;
    } catch {
      parsed = undefined;
    }
    if (parsed !== origin) {
      throw new RangeError(
        `mockControlOrigins: "${origin}" is not an origin like https://desk.example:8443.`,
      );
    }
  }
}

/** Who sent this `/_mock/*` request, and whether it may be answered. */
export function controlAccess(allowedOrigins: readonly string[], request: Request): ControlAccess {
  const origin = request.headers.get('origin');
  if (origin === null) {
    // No Origin: a client outside a browser, or a browser's same-origin or top-level request.
    const site = request.headers.get('sec-fetch-site');
    return { allowed: site === null || site === 'same-origin' || site === 'none' };
  }
  if (origin === new URL(request.url).origin) return { allowed: true };
  if (isLoopbackOrigin(origin) || allowedOrigins.includes(origin)) {
    return { allowed: true, corsOrigin: origin };
  }
  return { allowed: false };
}
