/**
 * Generators of request bodies: any JSON, a valid body spoiled field by field, raw bytes and text,
 * hand-picked hostile inputs, and bodies over the 64 KiB limit.
 */
import fc from 'fast-check';

/** Any JSON value, with Unicode strings. */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' });

/** Keys a hostile client might add to an object. */
export const hostileKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'isAdmin',
    'id',
    'version',
    'status',
    'owner',
    'tokenHash',
    'accessToken',
    'internalNotes',
    'messages',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** Builds a plain object with own properties only (a `__proto__` key stays a key). */
export function objectOf(
  entries: readonly (readonly [string, unknown])[],
): Record<string, unknown> {
  return Object.fromEntries(entries);
}

/** Spoils a valid body: drops, retypes and adds fields. */
export type Spoiler = (valid: Record<string, unknown>) => Record<string, unknown>;

/** Ways to spoil a valid body, whatever its fields. */
export const spoiler: fc.Arbitrary<Spoiler> = fc
  .record({
    drop: fc.array(fc.nat(), { maxLength: 3 }),
    retype: fc.array(fc.tuple(fc.nat(), anyJson), { maxLength: 3 }),
    add: fc.array(fc.tuple(hostileKey, anyJson), { maxLength: 3 }),
  })
  .map(({ drop, retype, add }) => {
    const spoil: Spoiler = (valid) => {
      const keys = Object.keys(valid);
      const keyAt = (index: number) => keys[index % Math.max(1, keys.length)] ?? 'body';
      const dropped = new Set(drop.map(keyAt));
      return objectOf([
        ...Object.entries(valid).filter(([key]) => !dropped.has(key)),
        ...retype.map(([index, value]) => [keyAt(index), value] as const),
        ...add,
      ]);
    };
    return Object.assign(spoil, {
      toString: () =>
        `spoil(drop ${JSON.stringify(drop)}, retype ${JSON.stringify(retype)}, add ${JSON.stringify(add)})`,
    });
  });

const deepArray = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
const deepObject = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;

/** Hand-picked texts that have broken JSON servers before. */
export const hostileTexts: readonly string[] = [
  '',
  ' ',
  '\n',
  'null',
  'true',
  '0',
  '-0',
  '1e999',
  '"text"',
  '[]',
  '{}',
  '{',
  '{"a":1,}',
  "{'a':1}",
  '{"a":1}{"b":2}',
  'NaN',
  'undefined',
  '\uFEFF{}',
  '\u0000',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"body":"\\ud800"}',
  '{"body":"\\u0000"}',
  '{"subject":"a","subject":{"$gt":""}}',
  deepArray,
  deepObject,
];

/** A raw body: hostile texts, any text, any bytes, valid JSON cut short. */
export const rawBody: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.constantFrom(...hostileTexts),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.uint8Array({ maxLength: 64 }),
  fc
    .tuple(fc.json({ maxDepth: 3 }), fc.nat())
    .map(([text, cut]) => text.slice(0, cut % (text.length + 1))),
);

/** The body limit of docs/design/api.md. */
export const LIMIT_BYTES = 64 * 1024;

/** A body over the limit: valid-looking JSON padded past 64 KiB, or plain filler. */
export const oversizedBody: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 3 * LIMIT_BYTES }), fc.boolean())
  .map(([excess, asJson]) => {
    const size = LIMIT_BYTES + excess;
    return asJson ? `{"body":"${'x'.repeat(size)}"}` : 'x'.repeat(size);
  });
