/**
 * Ticket references (docs/design/domain.md, "References"): `OPIN-` and twelve digits, eleven of
 * them random and the last a Damm check digit, e.g. `OPIN-482019375568`. Random, so a reference
 * is never reused — not after a restart, not by another instance — and says nothing about how many
 * tickets there are; digits only, so it reads aloud the same in Finnish, Swedish and English, has
 * no look-alike characters, and fits the contract's `OPIN-` and six or more digits that every
 * released client accepts. The check digit catches every mistyped digit and every swap of two
 * neighbours; a reference whose check digit is wrong is never issued, which gives the honeypot a
 * reference that can never exist. Browser-safe (Web Crypto).
 * @internal
 */

/** Digits after `OPIN-`: eleven random ones and the check digit. */
export const REFERENCE_DIGITS = 12;
const PREFIX = 'OPIN-';

/** Damm's quasigroup of order 10: row = interim digit, column = next digit. */
const damm = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
] as const;

/** The Damm check digit of a string of decimal digits (0 when it ends in its own check digit). */
export function dammDigit(digits: string): number {
  let interim = 0;
  for (const digit of digits) interim = damm[interim]?.[Number(digit)] ?? Number.NaN;
  return interim;
}

/** `count` uniformly random decimal digits. */
function randomDigits(count: number): string {
  let digits = '';
  while (digits.length < count) {
    for (const byte of crypto.getRandomValues(new Uint8Array(count))) {
      // 250 is the largest multiple of 10 a byte can hold: no digit is likelier than another.
      if (byte < 250 && digits.length < count) digits += String(byte % 10);
    }
  }
  return digits;
}

/** Whether `id` is a reference this server could have issued (its form and its check digit). */
export function isIssuedForm(id: string): boolean {
  const digits = id.slice(PREFIX.length);
  return (
    id.startsWith(PREFIX) &&
    digits.length === REFERENCE_DIGITS &&
    /^\d+$/.test(digits) &&
    dammDigit(digits) === 0
  );
}

/** A new reference; `taken` says which are in use, so even a one-in-10¹¹ clash is drawn again. */
export function newReference(taken: (id: string) => boolean): string {
  for (;;) {
    const body = randomDigits(REFERENCE_DIGITS - 1);
    const id = `${PREFIX}${body}${dammDigit(body)}`;
    if (!taken(id)) return id;
  }
}

/**
 * A reference of the issued form but with a wrong check digit: it looks like any other, and no
 * ticket can ever have it (for the honeypot's answer).
 */
export function unissuableReference(): string {
  const body = randomDigits(REFERENCE_DIGITS - 1);
  const right = dammDigit(body);
  let check = right;
  while (check === right) check = Number(randomDigits(1));
  return `${PREFIX}${body}${check}`;
}
