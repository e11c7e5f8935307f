import { describe, expect, it } from 'vitest';
import { minifyTemplates } from '../../scripts/bundle/minify-templates.js';

describe('minifyTemplates', () => {
  it('turns line-broken whitespace in html templates into one space', () => {
    const source = 'const t = html`<p>\n    Hello\n    <b>${name}</b>\n  </p>`;';
    expect(minifyTemplates(source)).toBe('const t = html`<p> Hello <b>${name}</b> </p>`;');
  });

  it('keeps whitespace on one line, such as the space between two words or bindings', () => {
    const source = 'html`<span>${a} ${b}</span>  <i>x</i>`';
    expect(minifyTemplates(source)).toBe(source);
  });

  it('drops comments and the spaces around braces, semicolons and commas in css templates', () => {
    const source =
      'css`\n  /* The host. */\n  :host,\n  .a {\n    color: red;\n    margin: 0 auto;\n  }\n`';
    expect(minifyTemplates(source)).toBe('css` :host,.a{color:red;margin:0 auto;}`');
  });

  it('keeps the space of a descendant selector before a pseudo-class', () => {
    expect(minifyTemplates('css`\n  a\n  :hover {\n  }`')).toBe('css` a :hover{}`');
  });

  it('leaves expressions, other tags and plain template strings alone', () => {
    const source = [
      'const a = `line one\n    line two`;',
      'const b = msg(str`Hello\n    ${name}`);',
      'const c = html`<p>${`nested\n    text`}</p>`;',
    ].join('\n');
    expect(minifyTemplates(source)).toBe(source);
  });

  it('shrinks every part of a template with several expressions', () => {
    const source = 'html`<a\n  href=${u}\n  title=${t}\n>${label}</a\n>`';
    expect(minifyTemplates(source)).toBe('html`<a href=${u} title=${t} >${label}</a >`');
  });
});
