import { describe, expect, it } from 'vitest';
import { demoAddresses } from './demo-addresses.js';

const keys = { opin: 'dev-opin' };

describe("the demo's addresses", () => {
  it('are plain where the pages look for the API by default', () => {
    const addresses = demoAddresses('http://127.0.0.1:4000', 'http://127.0.0.1:4010/api/v1', keys);
    expect(addresses).toEqual({
      webBase: 'http://127.0.0.1:4000',
      pages: {
        '': 'http://127.0.0.1:4000/',
        'desk-console/': 'http://127.0.0.1:4000/desk-console/',
        'portal-opin/': 'http://127.0.0.1:4000/portal-opin/',
        'portal-opin/help.html': 'http://127.0.0.1:4000/portal-opin/help.html',
        'portal-institution/': 'http://127.0.0.1:4000/portal-institution/',
        'portal-institution/hanken.html': 'http://127.0.0.1:4000/portal-institution/hanken.html',
        'plain-html/': 'http://127.0.0.1:4000/plain-html/',
        'react-portal/': 'http://127.0.0.1:4000/react-portal/',
      },
      widget: 'http://127.0.0.1:4000/widget/opin-support.js',
      apiBase: 'http://127.0.0.1:4010/api/v1',
      deskKeys: keys,
    });
  });

  it('carry the API base as ?api= on every page that reads it when the API is elsewhere', () => {
    const { pages } = demoAddresses('http://h:5000', 'http://h:5010/api/v1', keys);
    const api = '?api=http%3A%2F%2Fh%3A5010%2Fapi%2Fv1';
    expect(pages['']).toBe('http://h:5000/');
    expect(pages['desk-console/']).toBe(`http://h:5000/desk-console/${api}`);
    expect(pages['portal-institution/hanken.html']).toBe(
      `http://h:5000/portal-institution/hanken.html${api}`,
    );
    expect(pages['react-portal/']).toBe(`http://h:5000/react-portal/${api}`);
  });

  it("give the desk console the mail catcher as ?mail= and list the catcher's addresses", () => {
    const mailCatcher = {
      api: 'http://h:5011',
      smtp: 'smtp://127.0.0.1:2525',
      inboundSmtp: 'smtp://127.0.0.1:2526',
    };
    const plain = demoAddresses('http://h:5000', 'http://127.0.0.1:4010/api/v1', keys, mailCatcher);
    expect(plain.pages['desk-console/']).toBe(
      'http://h:5000/desk-console/?mail=http%3A%2F%2Fh%3A5011',
    );
    expect(plain.pages['portal-opin/']).toBe('http://h:5000/portal-opin/');
    expect(plain.mailCatcher).toEqual(mailCatcher);
    const { pages } = demoAddresses('http://h:5000', 'http://h:5010/api/v1', keys, mailCatcher);
    expect(pages['desk-console/']).toBe(
      'http://h:5000/desk-console/?api=http%3A%2F%2Fh%3A5010%2Fapi%2Fv1&mail=http%3A%2F%2Fh%3A5011',
    );
  });

  it("give the desk console the webhook receiver as ?hooks= and list the receiver's addresses", () => {
    const webhookReceiver = { api: 'http://h:5012', hook: 'http://h:5012/hooks', desk: 'opin' };
    const addresses = demoAddresses(
      'http://h:5000',
      'http://127.0.0.1:4010/api/v1',
      keys,
      undefined,
      webhookReceiver,
    );
    expect(addresses.pages['desk-console/']).toBe(
      'http://h:5000/desk-console/?hooks=http%3A%2F%2Fh%3A5012',
    );
    expect(addresses.pages['portal-opin/']).toBe('http://h:5000/portal-opin/');
    expect(addresses.webhookReceiver).toEqual(webhookReceiver);
  });
});
