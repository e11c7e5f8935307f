import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptingEndpoints, prepareAccepted } from './support/accepting.js';
import { hostileKey, objectOf } from './support/bodies.js';
import { expectDocumented } from './support/contract.js';
import { forAll } from './support/property.js';
import { storedState } from './support/snapshot.js';
import { ticketCount } from './support/world.js';

const MARKER = 'zz-unknown-field-value';

/** Every field name some request schema knows; an unknown field must be none of them. */
const knownFields = new Set(
  'topicId institutionId origin language subject description contact website email name body to mode note reason visibility status from helpful locale advanceMinutes'.split(
    ' ',
  ),
);

const unknownFields = fc.array(
  fc.tuple(
    hostileKey.filter((key) => !knownFields.has(key)),
    fc.constantFrom<unknown>(
      MARKER,
      { nested: MARKER, polluted: true },
      [MARKER],
      `<b>${MARKER}</b>`,
    ),
  ),
  { minLength: 1, maxLength: 4 },
);

function withUnknown(
  body: Record<string, unknown>,
  extra: readonly (readonly [string, unknown])[],
): Record<string, unknown> {
  const contact = body.contact as Record<string, unknown> | undefined;
  return objectOf([
    ...Object.entries(body),
    ...(contact ? [['contact', objectOf([...Object.entries(contact), ...extra])] as const] : []),
    ...extra,
  ]);
}

describe('unknown fields in any body', () => {
  it('are ignored: the request is accepted and nothing of them is stored, sent or echoed', async () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
    const cases = fc.tuple(fc.constantFrom(...acceptingEndpoints), unknownFields);
    await forAll(cases, 200, async ([name, extra]) => {
      const accepted = await prepareAccepted(name);
      const reply = await accepted.world.send({
        method: 'POST',
        path: accepted.path,
        headers: accepted.headers,
        body: JSON.stringify(withUnknown(accepted.body, extra)),
      });
      expectDocumented(accepted.endpoint, reply);
      expect(reply.status, reply.text).toBeLessThan(300);
      expect(reply.text).not.toContain(MARKER);
      expect(await storedState(accepted.world)).not.toContain(MARKER);
      expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it('do not count when a ticket creation is repeated: the first answer is replayed', async () => {
    await forAll(fc.tuple(unknownFields, unknownFields), 100, async ([first, second]) => {
      const accepted = await prepareAccepted('POST /tickets');
      const send = (extra: readonly (readonly [string, unknown])[]) =>
        accepted.world.send({
          method: 'POST',
          path: accepted.path,
          headers: accepted.headers,
          body: JSON.stringify(withUnknown(accepted.body, extra)),
        });
      const original = await send(first);
      const repeat = await send(second);
      expect(original.status).toBe(201);
      expect(repeat.status).toBe(201);
      expect(repeat.headers.get('idempotent-replayed')).toBe('true');
      expect(repeat.text).toBe(original.text);
      expect(await ticketCount(accepted.world)).toBe(1);
    });
  });
});
