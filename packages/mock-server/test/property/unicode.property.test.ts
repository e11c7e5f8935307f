import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectDocumented } from './support/contract.js';
import { endpointNamed } from './support/endpoints.js';
import { forAll } from './support/property.js';
import { expectUnchanged, snapshot } from './support/snapshot.js';
import { fieldNamed, textFields, type TextField } from './support/text-fields.js';
import { judgeText, textFor } from './support/unicode.js';
import { createWorld } from './support/world.js';

const anyField = fc.constantFrom(...textFields.map((field) => field.name));

/**
 * Sends `text` in the field on a fresh world; checks the answer against the rule of
 * docs/design/quality.md.
 */
async function sendText(field: TextField, text: string) {
  const probe = await field.prepare();
  const before = await snapshot(probe.world, probe.ticket);
  const reply = await probe.world.send(probe.call(text));
  const error = expectDocumented(field.endpoint, reply);
  const validated = probe.validated(text);
  const verdict = judgeText(validated, field.limits);
  const context = `${field.name} ${JSON.stringify(text).slice(0, 120)}: ${reply.status} ${reply.text.slice(0, 200)}`;
  if (verdict.accepted) {
    expect(reply.status, context).toBeLessThan(300);
    const stored = await probe.stored(reply);
    if (stored !== undefined) expect(stored, context).toBe(verdict.stored);
  } else {
    expect(reply.status, context).toBe(400);
    expect(
      error?.details?.map((issue) => issue.path),
      context,
    ).toContainEqual(field.path);
    await expectUnchanged(probe.world, before, context);
  }
  return { reply, verdict, validated };
}

describe('text in every field', () => {
  it('accepts and stores NFC exactly what docs/design/quality.md allows and refuses the rest with 400', async () => {
    const cases = anyField.chain((name) =>
      fc.tuple(fc.constant(name), textFor(fieldNamed(name).limits.max)),
    );
    await forAll(cases, 200, async ([name, text]) => {
      await sendText(fieldNamed(name), text);
    });
  });

  it('stores Finnish and Swedish words typed in NFD as NFC', async () => {
    const letter = fc.constantFrom('å', 'ä', 'ö', 'Å', 'Ä', 'Ö');
    const spelled = (nfd: boolean) => (char: string) => (nfd ? char.normalize('NFD') : char);
    const word = fc
      .tuple(
        fc.constantFrom('Hyv', 'p', 'Jyv', 'Abo ', 'Sk', 'T'),
        fc.array(fc.tuple(letter, fc.boolean()), { minLength: 1, maxLength: 6 }),
      )
      .map(([stem, letters]) => stem + letters.map(([c, nfd]) => spelled(nfd)(c)).join(''));
    await forAll(fc.tuple(anyField, word), 100, async ([name, text]) => {
      const { reply, verdict, validated } = await sendText(fieldNamed(name), text);
      expect(reply.status).toBeLessThan(300);
      expect(verdict).toEqual({ accepted: true, stored: validated.normalize('NFC') });
    });
  });

  it('counts the length limit in code points after NFC', async () => {
    const subject = fieldNamed('subject of a new ticket');
    // Code points of each piece after NFC: NFD ä → 1, an astral emoji → 1, Å sign → 1, QA → 2.
    const pieces: readonly [string, number][] = [
      ['a\u0308', 1],
      ['\u{1F600}', 1],
      ['\u212b', 1],
      ['\u0958', 2],
    ];
    const cases = fc.tuple(fc.constantFrom(...pieces), fc.integer({ min: 95, max: 205 }));
    await forAll(cases, 120, async ([[piece, codePoints], count]) => {
      const { reply } = await sendText(subject, piece.repeat(count));
      expect(reply.status).toBe(count * codePoints <= 200 ? 201 : 400);
    });
  });

  it('refuses a lone surrogate or a control character anywhere inside a text', async () => {
    const bad = fc.oneof(
      fc
        .integer({ min: 0, max: 0x1f })
        .filter((code) => code !== 0x09 && code !== 0x0a && code !== 0x0d),
      fc.integer({ min: 0x7f, max: 0x9f }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
    );
    await forAll(fc.tuple(anyField, bad), 150, async ([name, code]) => {
      const { reply } = await sendText(
        fieldNamed(name),
        `Hei ${String.fromCharCode(code)} maailma`,
      );
      expect(reply.status).toBe(400);
    });
  });

  it('refuses a vertical tab or form feed at either end of a text, rather than trimming it away', async () => {
    const subject = textFields[0];
    if (!subject) throw new Error('No subject field.');
    for (const text of ['Hei\u000b', '\u000cHei']) {
      const { reply } = await sendText(subject, text);
      expect(reply.status).toBe(400);
    }
  });
});

describe('single-line and required text (issue 16)', () => {
  const singleLine = textFields
    .filter((field) => field.limits.singleLine === true)
    .map((field) => field.name);
  // The inbound subject always carries its visible reference around the text.
  const required = textFields
    .filter((field) => field.limits.min > 0 && field.name !== 'inbound e-mail subject')
    .map((field) => field.name);

  it('refuses a line break or a bidirectional control anywhere in a subject or a name', async () => {
    const breaker = fc.constantFrom(
      '\r\n',
      '\n',
      '\r',
      '\u2028',
      '\u2029',
      ...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map((code) =>
        String.fromCharCode(code),
      ),
    );
    const cases = fc.tuple(
      fc.constantFrom(...singleLine),
      fc.string({ maxLength: 8 }),
      breaker,
      fc.string({ maxLength: 8 }),
    );
    await forAll(cases, 120, async ([name, before, control, after]) => {
      const { reply } = await sendText(fieldNamed(name), `Apua${before}${control}${after}`);
      expect(reply.status).toBe(400);
    });
  });

  it('refuses a required text made only of invisible characters and spaces', async () => {
    const invisible = fc.constantFrom(
      '\u200b',
      '\u200c',
      '\u200d',
      '\u200e',
      '\u200f',
      '\u2060',
      '\u00ad',
      '\u3164',
      '\ufe0f',
      '\u034f',
      ' ',
      '\u00a0',
    );
    const cases = fc.tuple(
      fc.constantFrom(...required),
      fc.array(invisible, { minLength: 1, maxLength: 6 }),
    );
    await forAll(cases, 80, async ([name, pieces]) => {
      const { reply } = await sendText(fieldNamed(name), pieces.join(''));
      expect(reply.status).toBe(400);
    });
  });
});

describe('free text in the article search', () => {
  it('answers ?q= with 200 when docs/design/quality.md allows the text and 400 otherwise', async () => {
    const world = await createWorld();
    const articles = endpointNamed('GET /articles');
    await forAll(textFor(200), 150, async (text) => {
      const query = new URLSearchParams({ q: text });
      const reply = await world.send({ method: 'GET', path: `/articles?${query.toString()}` });
      expectDocumented(articles, reply);
      const received = query.get('q') ?? '';
      expect(reply.status).toBe(judgeText(received, { min: 0, max: 200 }).accepted ? 200 : 400);
    });
  });
});
