/**
 * Reads the XLIFF 1.2 files that lit-localize writes (`xliff/<locale>.xlf`) into plain records:
 * one per `<trans-unit>`, with its source and target as text and `<x/>` placeholders.
 * Deliberately small: it understands what lit-localize writes and what a translator may add
 * (attributes such as `state="translated"`, other notes); anything else is left in the text,
 * where the comparisons in `xliff-problems.ts` report it.
 * @internal
 */

/** A `<x id="0" equiv-text="${count}"/>` placeholder: code that the translation must keep. */
export interface Placeholder {
  id: string;
  equivText: string;
}

/** Message content: text (entities decoded) and placeholders, in order. */
export type Content = (string | Placeholder)[];

/** One `<trans-unit>`. */
export interface XliffUnit {
  id: string;
  source: Content;
  /** `undefined` when the unit has no `<target>`. */
  target: Content | undefined;
  /** The `<note from="lit-localize">` text: the `desc` given to `msg()` in the code. */
  codeNote: string | undefined;
}

/** One XLIFF file. */
export interface XliffFile {
  /** The `target-language` of its `<file>`. */
  targetLanguage: string | undefined;
  units: XliffUnit[];
}

const transUnitPattern = /<trans-unit\b([^>]*)>([\s\S]*?)<\/trans-unit>/g;
const placeholderPattern = /<x\b([^>]*?)\/>/g;
const attributePattern = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses an XLIFF file's text. */
export function readXliff(text: string): XliffFile {
  const xml = text.replace(/<!--[\s\S]*?-->/g, '');
  const file = /<file\b([^>]*)>/.exec(xml);
  const units: XliffUnit[] = [];
  for (const [, attributes = '', body = ''] of xml.matchAll(transUnitPattern)) {
    const note = /<note\b[^>]*\bfrom\s*=\s*["']lit-localize["'][^>]*>([\s\S]*?)<\/note>/.exec(body);
    units.push({
      id: attributesOf(attributes).get('id') ?? '',
      source: contentOf(elementText(body, 'source') ?? ''),
      target: mapDefined(elementText(body, 'target'), contentOf),
      codeNote: mapDefined(note?.[1], decodeEntities),
    });
  }
  return { targetLanguage: attributesOf(file?.[1] ?? '').get('target-language'), units };
}

/** The content between `<name ...>` and `</name>`; `''` for `<name/>`; `undefined` if absent. */
function elementText(body: string, name: string): string | undefined {
  const element = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`).exec(body);
  return element ? (element[1] ?? '') : undefined;
}

/** Splits a source or target into text and placeholders. */
export function contentOf(inner: string): Content {
  const content: Content = [];
  let last = 0;
  for (const match of inner.matchAll(placeholderPattern)) {
    if (match.index > last) content.push(decodeEntities(inner.slice(last, match.index)));
    const attributes = attributesOf(match[1] ?? '');
    content.push({ id: attributes.get('id') ?? '', equivText: attributes.get('equiv-text') ?? '' });
    last = match.index + match[0].length;
  }
  if (last < inner.length) content.push(decodeEntities(inner.slice(last)));
  return content;
}

/** The content as one string, placeholders written `{0:${count}}`: equal content, equal string. */
export function contentKey(content: Content): string {
  return content
    .map((part) => (typeof part === 'string' ? part : `{${part.id}:${part.equivText}}`))
    .join('');
}

/** The content as a translator reads it, placeholders written `${count}`. */
export function readable(content: Content): string {
  return content.map((part) => (typeof part === 'string' ? part : part.equivText)).join('');
}

/** The placeholders of a content, as sorted keys, to compare source and target. */
export function placeholderKeys(content: Content): string[] {
  return content
    .filter((part): part is Placeholder => typeof part !== 'string')
    .map((part) => `<x id="${part.id}" equiv-text="${part.equivText}"/>`)
    .sort();
}

/** The text of a content without its placeholders, trimmed. */
export function words(content: Content): string {
  return content
    .filter((part) => typeof part === 'string')
    .join('')
    .trim();
}

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', doubleQuoted, singleQuoted] of text.matchAll(attributePattern)) {
    attributes.set(name, decodeEntities(doubleQuoted ?? singleQuoted ?? ''));
  }
  return attributes;
}

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Decodes the XML entities `&lt;`, `&#38;`, `&#x26;` and the like. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return namedEntities[name] ?? entity;
  });
}

function mapDefined<T, U>(value: T | undefined, map: (value: T) => U): U | undefined {
  return value === undefined ? undefined : map(value);
}
