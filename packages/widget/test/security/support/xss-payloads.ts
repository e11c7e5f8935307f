/**
 * The XSS corpus: strings that run `__xssProbe(<id>)` if any part of the widget ever treats them
 * as markup, a URL to follow, a template or a script. Every payload is text the API accepts as it
 * is (NFC, no leading or trailing whitespace, no control characters other than tab and newline, no
 * blank line, so it stays one article paragraph), so it must come back verbatim. Link URLs the API
 * would refuse (leading spaces, control characters) are in `hostileUrls`.
 * @internal
 */

/** One payload: `text` calls `__xssProbe(id)` (`parent.__xssProbe(id)` from a frame) if it runs. */
export interface XssPayload {
  id: number;
  name: string;
  text: string;
}

type Make = (call: string) => string;

const base64 = (text: string): string => btoa(text);

/** [name, text with `call` where the payload runs `__xssProbe(<id>)`]. */
const corpus: [string, Make][] = [
  ['img onerror', (c) => `<img src=x onerror=${c}>`],
  ['img onerror, quoted', (c) => `<img src="x" onerror="${c}">`],
  ['img onerror, mixed case', (c) => `<IMG SRC=x OnErRoR=${c}>`],
  ['img onerror, tab separated', (c) => `<img\tsrc=x\tonerror=${c}>`],
  ['img onerror, unclosed', (c) => `<img src=x onerror=${c}//`],
  ['img onerror, entity-encoded call', (c) => `<img src=x onerror=${c.replace(/_/g, '&#95;')}>`],
  ['svg onload', (c) => `<svg onload=${c}>`],
  ['svg script', (c) => `<svg><script>${c}</script></svg>`],
  ['svg animate onbegin', (c) => `<svg><animate onbegin=${c} attributeName=x dur=1s>`],
  [
    'svg foreignObject iframe',
    (c) =>
      `<svg><foreignObject><iframe srcdoc="<script>parent.${c}</script>"></iframe></foreignObject></svg>`,
  ],
  ['MathML mXSS', (c) => `<math><mtext><table><mglyph><style><img src=x onerror=${c}>`],
  ['MathML href', (c) => `<math href="javascript:${c}">click</math>`],
  ['script', (c) => `<script>${c}</script>`],
  ['script data: src', (c) => `<script src="data:text/javascript,${c}"></script>`],
  ['iframe srcdoc', (c) => `<iframe srcdoc="<script>parent.${c}</script>"></iframe>`],
  ['iframe javascript: src', (c) => `<iframe src="javascript:parent.${c}"></iframe>`],
  ['object javascript: data', (c) => `<object data="javascript:${c}"></object>`],
  ['embed javascript: src', (c) => `<embed src="javascript:${c}">`],
  ['anchor javascript: href', (c) => `<a href="javascript:${c}">link</a>`],
  ['javascript: URL', (c) => `javascript:${c}`],
  ['JaVaScRiPt: URL', (c) => `JaVaScRiPt:${c}`],
  ['javascript: URL, entity-encoded letter', (c) => `jav&#x61;script:${c}`],
  [
    'javascript: URL, fully entity-encoded',
    (c) =>
      `${Array.from('javascript:')
        .map((ch) => `&#${ch.charCodeAt(0)};`)
        .join('')}${c}`,
  ],
  ['javascript: URL, tab inside', (c) => `java\tscript:${c}`],
  ['javascript: URL, newline inside', (c) => `java\nscript:${c}`],
  ['javascript: URL, percent-encoded', (c) => `javascript:${c.replace(/^__/, '%5F%5F')}`],
  ['data: URL with script', (c) => `data:text/html,<script>${c}</script>`],
  ['data: URL, base64', (c) => `data:text/html;base64,${base64(`<script>${c}</script>`)}#${c}`],
  ['vbscript: URL', (c) => `vbscript:${c}`],
  ['https URL breaking out of href', (c) => `https://opin.fi/"><img src=x onerror=${c}>`],
  ['https URL with event attribute', (c) => `https://opin.fi/" onmouseover="${c}`],
  ['template literal', (c) => `\${${c}}`],
  ['template literal in backticks', (c) => `\`\${${c}}\``],
  ['constructor.constructor template', (c) => `{{constructor.constructor('${c}')()}}`],
  ['mustache expression', (c) => `{{${c}}}`],
  ['Lit child marker comment', (c) => `<!--?lit$123456789$--><img src=x onerror=${c}>`],
  ['Lit node marker', (c) => `<?lit$123456789$><svg onload=${c}>`],
  ['Lit attribute marker', (c) => `lit$123456789$" onerror="${c}`],
  ['attribute break, double quote', (c) => `"><img src=x onerror=${c}>`],
  ['attribute break, single quote', (c) => `'><svg onload=${c}>`],
  ['attribute injection, double quote', (c) => `" onmouseover="${c}" x="`],
  ['attribute injection, single quote', (c) => `' onfocus='${c}' autofocus='`],
  ['textarea break-out', (c) => `</textarea><img src=x onerror=${c}>`],
  ['title break-out', (c) => `</title><img src=x onerror=${c}>`],
  ['style break-out', (c) => `</style><img src=x onerror=${c}>`],
  ['CSS @import javascript:', (c) => `<style>@import 'javascript:${c}';</style>`],
  ['CSS expression()', (c) => `<div style="width: expression(${c})">x</div>`],
  ['CSS url(javascript:)', (c) => `<div style="background:url(javascript:${c})">x</div>`],
  ['stylesheet link', (c) => `<link rel=stylesheet href="javascript:${c}">`],
  ['body onload', (c) => `<body onload=${c}>`],
  ['details ontoggle', (c) => `<details open ontoggle=${c}>`],
  ['input autofocus onfocus', (c) => `<input autofocus onfocus=${c}>`],
  ['video source onerror', (c) => `<video><source onerror=${c}></video>`],
  ['audio onerror', (c) => `<audio src=x onerror=${c}>`],
  ['marquee onstart', (c) => `<marquee onstart=${c}>x</marquee>`],
  ['button formaction', (c) => `<form><button formaction="javascript:${c}">x</button></form>`],
  ['base href', (c) => `<base href="javascript:${c}//">`],
  ['meta refresh', (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">`],
  ['noscript confusion', (c) => `<noscript><p title="</noscript><img src=x onerror=${c}>">`],
  ['CDATA', (c) => `<![CDATA[<script>${c}</script>]]>`],
  ['HTML comment break-out', (c) => `--><img src=x onerror=${c}>`],
  ['percent-encoded markup', (c) => `%3Cscript%3E${c}%3C/script%3E`],
  ['JS-escaped markup', (c) => `\\u003cimg src=x onerror=${c}\\u003e`],
  ['right-to-left override', (c) => `\u202E<img src=x onerror=${c}>\u202C`],
  ['zero-width space in tag', (c) => `<\u200Bscript>${c}</script>`],
  ['fullwidth brackets', (c) => `＜img src=x onerror=${c}＞`],
  ['emoji around markup', (c) => `😀<svg onload=${c}>😀`],
  ['multi-line markup', (c) => `<img\nsrc=x\nonerror=${c}>`],
  ['long, within a subject', (c) => `${'<b>'.repeat(55)}<img src=x onerror=${c}>`],
  ['very long', (c) => `${'A'.repeat(9_000)}<img src=x onerror=${c}>`],
];

/** Every payload, numbered from 1. */
export const xssPayloads: readonly XssPayload[] = corpus.map(([name, make], index) => ({
  id: index + 1,
  name,
  text: make(`__xssProbe(${index + 1})`),
}));

/** Link URLs that must never become links (the API refuses them; the widget must too). */
export const hostileUrls: readonly string[] = [
  ' javascript:__xssProbe(901)',
  '\tjavascript:__xssProbe(902)',
  '\u0000javascript:__xssProbe(903)',
  'java\u0000script:__xssProbe(904)',
  'javascript&colon;__xssProbe(905)',
  'http://opin.fi/ohje',
  '//evil.example/__xssProbe(906)',
  '/relative?__xssProbe(907)',
  'https:javascript:__xssProbe(908)',
  'blob:https://opin.fi/__xssProbe(909)',
  'ftp://opin.fi/__xssProbe(910)',
];

/** How many code points `text` has (the API's limits count code points). */
export function codePoints(text: string): number {
  return Array.from(text).length;
}
