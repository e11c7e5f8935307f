/**
 * Why a call to Efecte failed, typed so that the connector can decide: a `retryable` failure
 * (Efecte down or slow, a 5xx, a 429, a timeout, a refused connection) may succeed if the same
 * call is made later; the others need a change first (credentials, config, the card). The message
 * names the operation and the HTTP status only: never a card's content, Efecte's error text (it
 * may quote values), a token or a password.
 * @internal
 */

/** What kind of failure. */
export type EfecteErrorKind =
  /** The login was refused (401 on `POST /users/login`): wrong user or password. */
  | 'login_refused'
  /** A call was 401 even with a fresh token. */
  | 'unauthorized'
  /** 404: no such template or card. */
  | 'not_found'
  /** Another 4xx: Efecte refused the request as made (a mapping or config mistake). */
  | 'refused'
  /** A 5xx or 429: Efecte could not answer now. */
  | 'unavailable'
  /** No answer within the timeout. */
  | 'timeout'
  /** No connection, a reset, or a redirect (never followed). */
  | 'unreachable'
  /** An answer that is not what Efecte documents. */
  | 'malformed'
  /** Refused here before any call: a value that cannot be written safely into an EQL filter. */
  | 'unsafe_filter';

const retryableKinds: ReadonlySet<EfecteErrorKind> = new Set([
  'unavailable',
  'timeout',
  'unreachable',
]);

/** A failed call to Efecte. */
export class EfecteError extends Error {
  override readonly name = 'EfecteError';
  /** Whether the same call may succeed later unchanged. */
  readonly retryable: boolean;

  constructor(
    readonly kind: EfecteErrorKind,
    /** The operation, e.g. `createCard`. */
    readonly operation: string,
    /** The HTTP status, when there was an answer. */
    readonly status?: number,
  ) {
    super(`Efecte ${operation}: ${kind}${status === undefined ? '' : ` (HTTP ${status})`}`);
    this.retryable = retryableKinds.has(kind);
  }
}

/** The kind of failure an HTTP status means (only called for statuses that are not success). */
export function kindOfStatus(status: number): EfecteErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 429 || status >= 500) return 'unavailable';
  if (status >= 300 && status < 400) return 'unreachable';
  return 'refused';
}
