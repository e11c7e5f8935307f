/// <reference types="mocha" />
/**
 * Closing the dialog or removing the element while work is under way (the panel's code loading,
 * requests in flight, a ticket or a reply being sent, the live stream open) leaves no unhandled
 * promise rejection, no uncaught error, no `console.error`, and tells the page of no failure
 * (`opin-error`): stopping is not failing.
 */
import { assert, nextFrame } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { panelLoader } from '../../src/panel-loader.js';
import { click, fill } from '../panel/support/actions.js';
import { fileTicket, resetMock } from '../support/mock-api.js';
import { recordPageErrors, type PageErrors } from './support/page-errors.js';
import { holdResponses, type HeldResponses } from '../support/slow-network.js';
import { addWidget, openWidget, panelShowing } from './support/widget.js';

describe('stopping while work is under way', () => {
  let page: PageErrors;
  let held: HeldResponses | undefined;
  let element: OpinSupportElement;
  let reported: string[];

  beforeEach(async () => {
    await resetMock();
    localStorage.clear();
    page = recordPageErrors();
    element = addWidget();
    reported = [];
    element.addEventListener('opin-error', (event) => reported.push(event.detail.code));
  });

  afterEach(async () => {
    element.remove();
    held?.release();
    await waitUntil(() => (held?.pending ?? 0) === 0, 'a held request never settled');
    held?.undo();
    held = undefined;
    // Unhandled rejections are reported in a later task: give them two frames to show up.
    await nextFrame();
    await nextFrame();
    page.stop();
    localStorage.clear();
    assert.deepEqual(
      { rejections: page.rejections, errors: page.errors, consoleErrors: page.consoleErrors },
      { rejections: [], errors: [], consoleErrors: [] },
    );
    assert.deepEqual(reported, [], 'opin-error for work that was only stopped');
  });

  const holdWhile = (method: string, path: RegExp) => {
    held = holdResponses((m, p) => m === method && path.test(p));
    return held;
  };

  it('closing the dialog, then removing the element, while the first requests are in flight', async () => {
    const topics = holdWhile('GET', /\/topics$/);
    element.show();
    await waitUntil(() => topics.pending > 0, 'no request in flight');
    element.hide();
    element.remove();
  });

  it('closing the dialog and removing the element at once, while the launcher’s request fails', async () => {
    const original = window.fetch.bind(window);
    let failed = (): void => undefined;
    const failure = new Promise<void>((resolve) => (failed = resolve));
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (!new Request(input, init).url.includes('/topics')) return original(input, init);
      // Fails once the element is gone (removed in the same task): nobody takes the request over.
      return new Promise<Response>((_resolve, reject) =>
        queueMicrotask(() => {
          reject(new TypeError('Failed to fetch'));
          failed();
        }),
      );
    };
    try {
      element.show();
      element.hide();
      element.remove();
      await failure;
      await nextFrame();
    } finally {
      window.fetch = original;
    }
  });

  it('removing the element while the panel’s code is still loading', async () => {
    const load = panelLoader.load;
    let arrive = (): void => undefined;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    panelLoader.load = async (host) => {
      await arrived;
      return load(host);
    };
    try {
      element.show();
      element.remove();
      arrive();
      await arrived;
      await nextFrame();
    } finally {
      panelLoader.load = load;
    }
  });

  it('removing the element while the ticket stream is open and desk names are loading', async () => {
    const { ticket, accessToken } = await fileTicket({ language: 'en' });
    const desks = holdWhile('GET', /\/desks$/);
    // The stream's first frame (the ticket view waits for the desks' names to show it).
    const streaming = new Promise((resolve) =>
      element.addEventListener('opin-ticket-updated', resolve, { once: true }),
    );
    element.showTicket(ticket.id, accessToken);
    element.show();
    await panelShowing(element, 'opin-support-ticket-step >> h2');
    await streaming;
    await waitUntil(() => desks.pending > 0, 'the desk names were not being loaded');
    element.remove();
  });

  it('removing the element while a ticket is being sent', async () => {
    const send = holdWhile('POST', /\/tickets$/);
    element.prefill({ subject: 'Cannot sign in', description: 'It loops.', email: 'a@example.fi' });
    const panel = await openWidget(element);
    await click(panel, 'I cannot sign in to Opin.fi');
    await click(panel, 'Write to support');
    await click(panel, 'Send ticket');
    await waitUntil(() => send.pending > 0, 'the ticket was not being sent');
    element.remove();
  });

  it('closing the dialog, then removing the element, while a reply is being sent', async () => {
    const { ticket, accessToken } = await fileTicket({ language: 'en' });
    const reply = holdWhile('POST', /\/messages$/);
    element.showTicket(ticket.id, accessToken);
    element.show();
    const panel = await panelShowing(element, 'opin-support-ticket-step >> #reply');
    await fill(panel, 'reply', 'Any news?');
    await click(panel, 'Send reply');
    await waitUntil(() => reply.pending > 0, 'the reply was not being sent');
    element.hide();
    element.remove();
  });

  it('removing the element while a search is in flight', async () => {
    const panel = await openWidget(element);
    const requests = holdWhile('GET', /\/articles$/);
    await fill(panel, 'search', 'kirjautuminen');
    await waitUntil(() => requests.pending > 0, 'the search was not sent');
    element.remove();
  });
});
