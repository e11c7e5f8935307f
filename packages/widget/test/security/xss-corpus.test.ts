/// <reference types="mocha" />
/**
 * The XSS corpus and its probe: enough payloads, each text the API keeps verbatim, and a probe
 * that does notice a payload when one is parsed as HTML (so a quiet probe means something).
 */
import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { xssPayloads } from './support/xss-payloads.js';
import { assertInert, installXssProbe } from './support/xss-probe.js';

describe('XSS: the corpus and the probe', () => {
  it('has at least 50 payloads with distinct ids, each calling __xssProbe with its id', () => {
    expect(xssPayloads.length).to.be.at.least(50);
    assert.strictEqual(new Set(xssPayloads.map((p) => p.id)).size, xssPayloads.length);
    const silent = xssPayloads.filter((p) => !p.text.includes(`(${p.id})`));
    assert.deepEqual(silent, []);
  });

  it('holds only text the API stores unchanged (NFC, trimmed, one paragraph, no controls)', () => {
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
    const changed = xssPayloads.filter(
      ({ text }) =>
        text !== text.normalize('NFC') ||
        text !== text.trim() ||
        /\n[ \t]*\n/.test(text) ||
        control.test(text),
    );
    assert.deepEqual(changed, []);
  });

  it('notices a payload that is parsed as HTML, in a shadow root like the widget’s', async () => {
    const ran = installXssProbe();
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const payload = xssPayloads.find((p) => p.name === 'img onerror');
    if (!payload) throw new Error('the corpus lost its first payload');
    root.innerHTML = `<p>${payload.text}</p>`;
    await waitUntil(() => ran.includes(payload.id), 'the probe missed a payload that ran');
    assert.throws(() => assertInert(host), /markup from a payload/);
    host.remove();
  });
});
