/**
 * Detects XSS: `window.__xssProbe(id)` records every payload that ran, and `assertInert` checks
 * that what the widget rendered holds no trace of markup from a payload (no script-capable element,
 * no event-handler attribute, no payload in an attribute, no link other than `https:`), and that
 * a payload's text is there verbatim, as text.
 * @internal
 */
import { assert } from '@open-wc/testing';
import { allElements } from '../../panel/support/dom.js';

declare global {
  interface Window {
    /** Called by a payload that ran. */
    __xssProbe?: (id: number) => void;
  }
}

const ran: number[] = [];

/** Installs `window.__xssProbe` (once per page); returns the ids of the payloads that ran. */
export function installXssProbe(): readonly number[] {
  window.__xssProbe ??= (id: number) => void ran.push(id);
  return ran;
}

/** Elements that only a payload could have put into the widget (it renders none of them). */
const foreignTags = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'img',
  'svg',
  'math',
  'style',
  'link',
  'meta',
  'base',
  'video',
  'audio',
  'source',
  'details',
  'marquee',
  'template',
  'noscript',
  'body',
  'b',
]);

/** What is wrong with `element`, if a payload turned into markup there. */
function problemsOf(element: Element): string[] {
  const problems: string[] = [];
  const tag = element.localName;
  if (foreignTags.has(tag)) problems.push(`a <${tag}> element`);
  for (const { name, value } of Array.from(element.attributes)) {
    if (name.startsWith('on')) problems.push(`an ${name} attribute on <${tag}>`);
    const isLink = tag === 'a' && name === 'href';
    if (value.includes('xssProbe(') && !isLink) problems.push(`a payload in ${name} of <${tag}>`);
  }
  if (element instanceof HTMLAnchorElement && element.hasAttribute('href')) {
    if (element.protocol !== 'https:') problems.push(`a link to ${element.href}`);
  }
  return problems;
}

/** Every text node under `root`, shadow trees included. */
export function textNodesUnder(root: Element): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.nodeValue ?? '');
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return texts;
}

/** Whether `text` appears verbatim inside one text node under `root`. */
export function showsAsText(root: Element, text: string): boolean {
  return textNodesUnder(root).some((node) => node.includes(text));
}

/**
 * Asserts that nothing under `root` came from markup in a payload, that no payload has run, and
 * that each of `texts` is shown verbatim as text.
 */
export function assertInert(root: Element, texts: readonly string[] = []): void {
  const problems = allElements(root).flatMap(problemsOf);
  assert.deepEqual(problems, [], 'markup from a payload reached the widget');
  assert.deepEqual([...installXssProbe()], [], 'a payload ran');
  const missing = texts.filter((text) => !showsAsText(root, text));
  assert.deepEqual(missing, [], 'a payload is not shown verbatim as text');
}
