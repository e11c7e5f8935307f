import { describe, expect, it } from 'vitest';
import { stripMessageDescriptions } from '../../scripts/bundle/strip-message-descriptions.js';

describe('stripMessageDescriptions', () => {
  it('drops options that hold only a description, with their comma', () => {
    const source = "msg('Copy', { desc: 'Copies the reference.' });";
    expect(stripMessageDescriptions(source)).toBe("msg('Copy');");
  });

  it('keeps an id, and a message built with str', () => {
    const source = "msg(str`Hi ${name}`, {\n  id: 'panel.hi',\n  desc: 'Greeting.',\n});";
    expect(stripMessageDescriptions(source)).toBe("msg(str`Hi ${name}`, {id: 'panel.hi'});");
  });

  it('leaves other calls and objects with a desc alone', () => {
    const source = "other('a', { desc: 'x' }); const o = { desc: 'y' }; msg('b');";
    expect(stripMessageDescriptions(source)).toBe(source);
  });

  it('strips calls nested in an expression, such as a template', () => {
    const source = "html`<p>${msg('A', { desc: 'a' })} ${msg('B', { desc: 'b' })}</p>`";
    expect(stripMessageDescriptions(source)).toBe("html`<p>${msg('A')} ${msg('B')}</p>`");
  });
});
