/**
 * Generators of header values a client can send (any byte but NUL, CR and LF), hostile variants
 * of real credentials, and the rules docs/design/api.md states for them, written out
 * independently.
 */
import fc from 'fast-check';
import { desks } from '../../../src/index.js';

/** One character a header value may hold: Latin-1 without NUL, CR and LF. */
export const headerChar = fc
  .integer({ min: 1, max: 0xff })
  .filter((code) => code !== 0x0a && code !== 0x0d)
  .map((code) => String.fromCharCode(code));

/** Any header value. */
export const headerValue = fc.string({ unit: headerChar, maxLength: 80 });

/** Header values as `Headers` stores them: without leading or trailing spaces and tabs. */
export function asSent(value: string): string {
  return value.replace(/^[\t ]+|[\t ]+$/g, '');
}

/** A credential spoiled the ways a client or attacker might. */
export function spoiledCredential(real: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .nat({ max: real.length - 1 })
      .chain((at) =>
        fc
          .constantFrom('A', 'z', '0', '-', '_', '=', '+', '/', '.', '~', ' ', 'é')
          .map((char) => `${real.slice(0, at)}${char}${real.slice(at + 1)}`),
      ),
    fc.nat({ max: real.length - 1 }).map((cut) => real.slice(0, cut)),
    fc.string({ unit: headerChar, minLength: 1, maxLength: 4 }).map((extra) => `${real}${extra}`),
    fc.constant(real.toUpperCase()),
    fc.constant(real.toLowerCase()),
    fc.constant(`${real}==`),
  );
}

/** `Authorization` values around a real credential: odd schemes, spacing, spoiled or random tokens. */
export function authorizationValue(real: string): fc.Arbitrary<string> {
  const scheme = fc.constantFrom('Bearer', 'bearer', 'BEARER', 'Basic', 'Token', 'Bearer:', '');
  const spacing = fc.constantFrom(' ', '  ', '\t', '');
  const token = fc.oneof(
    spoiledCredential(real),
    fc.constantFrom(
      'dev-',
      'dev-__proto__',
      'dev-constructor',
      'dev-toString',
      'dev-OPIN',
      'DEV-opin',
      'dev-opin dev-opin',
      'null',
      'undefined',
    ),
    fc.string({ unit: headerChar, maxLength: 60 }),
    fc.base64String({ maxLength: 64 }),
  );
  return fc.oneof(
    fc.tuple(scheme, spacing, token).map(([s, space, t]) => `${s}${space}${t}`),
    headerValue,
  );
}

const bearerForm = /^bearer +(\S+) *$/i;

/** The token of a `Bearer <token>` value, as the value reaches the server; `undefined` if none. */
export function bearerTokenOf(value: string): string | undefined {
  const match = bearerForm.exec(asSent(value));
  const token = match?.[1];
  return token !== undefined && /^[A-Za-z0-9\-._~+/]+=*$/.test(token) ? token : undefined;
}

/** Whether a token is the key of a real desk. */
export function isDeskKey(token: string | undefined): boolean {
  return desks.some((desk) => token === `dev-${desk.id}`);
}

/**
 * docs/design/api.md: an Idempotency-Key has 8–255 characters, printable ASCII (the schema's
 * rule).
 */
export function isValidIdempotencyKey(value: string): boolean {
  const key = asSent(value);
  return key.length >= 8 && key.length <= 255 && /^[\x21-\x7e]+$/.test(key);
}

/** Header names a request may carry, except those a test sets itself. */
export const noiseHeaderName = fc
  .stringMatching(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,24}$/)
  .filter(
    (name) =>
      !['authorization', 'content-type', 'idempotency-key', 'content-length'].includes(
        name.toLowerCase(),
      ),
  );

/** Headers that have fooled servers before, and arbitrary ones. */
export const noiseHeaders: fc.Arbitrary<[string, string][]> = fc.array(
  fc.oneof(
    fc.tuple(
      fc.constantFrom(
        'X-HTTP-Method-Override',
        'X-Forwarded-For',
        'X-Forwarded-Host',
        'X-Original-URL',
        'X-Rewrite-URL',
        'Cookie',
        'Origin',
        'Referer',
        'Accept',
        'Accept-Encoding',
        'Transfer-Encoding',
        'Expect',
        'Range',
        'If-None-Match',
        'Last-Event-ID',
      ),
      headerValue,
    ),
    fc.tuple(noiseHeaderName, headerValue),
  ),
  { maxLength: 6 },
);
