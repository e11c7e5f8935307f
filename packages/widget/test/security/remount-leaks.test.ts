/// <reference types="mocha" />
/**
 * Removing and re-adding the element, 20 times over (a single-page app moving between views):
 * sometimes with a ticket's live stream open, sometimes with requests in flight, sometimes with a
 * search about to start. Afterwards nothing of the widget is left running: no timer, no
 * `window`/`document` listener, no event stream at the mock, no held request; and the element
 * still works.
 */
import { assert } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { deepQuery } from '../panel/support/dom.js';
import { fileTicket, resetMock, startMockApi } from '../support/mock-api.js';
import { startLeakMeter, type LeakMeter } from './support/leak-meter.js';
import { holdResponses, type HeldResponses } from '../support/slow-network.js';
import { addWidget, openWidget, panelOf } from './support/widget.js';

const rounds = 20;

/** What is open when the element is removed in `round`. */
async function prepare(
  element: OpinSupportElement,
  round: number,
  ticket: { id: string; accessToken: string },
  held: HeldResponses,
  meter: LeakMeter,
): Promise<void> {
  switch (round % 4) {
    case 0: {
      // the ticket's live stream
      const streams = meter.serverStreams();
      element.showTicket(ticket.id, ticket.accessToken);
      element.show();
      await waitUntil(() => meter.serverStreams() > streams, 'the ticket stream did not open');
      return;
    }
    case 1: {
      // the panel's first requests, held in flight
      const before = held.total;
      held.hold();
      element.show();
      await waitUntil(() => held.total > before && held.pending > 0, 'no request in flight');
      return;
    }
    case 2: {
      // a search typed, its request not yet sent (the debounce timer is running)
      held.release();
      const panel = await openWidget(element);
      const search = deepQuery(panel, '#search') as HTMLInputElement | null;
      if (!search) throw new Error('no search field');
      search.value = 'kirjautuminen';
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      return;
    }
    default: // the launcher only, the dialog closed
      return;
  }
}

describe('removing and re-adding the element many times', () => {
  let meter: LeakMeter;
  let held: HeldResponses;
  before(() => resetMock());
  afterEach(() => {
    held.undo();
    meter.stop();
    localStorage.clear();
  });

  it(`leaves no timer, listener, stream or request behind after ${rounds} rounds`, async () => {
    const { ticket, accessToken } = await fileTicket({ language: 'en' });
    const api = await startMockApi();
    meter = startLeakMeter(() => api.streamStats().open);
    held = holdResponses((method, path) => method === 'GET' && /\/(topics|desks)$/.test(path));
    const element = addWidget();
    // While the widget runs, the meter must see its timers and listeners, or it proves nothing.
    let seen = { timers: 0, listeners: 0 };
    for (let round = 0; round < rounds; round++) {
      await prepare(element, round, { id: ticket.id, accessToken }, held, meter);
      seen = {
        timers: Math.max(seen.timers, meter.timers().length),
        listeners: Math.max(seen.listeners, meter.listeners().length),
      };
      element.remove();
      document.body.append(element);
    }
    held.release();
    await openWidget(element);
    element.remove();

    const clean = () =>
      meter.serverStreams() === 0 && meter.timers().length === 0 && held.pending === 0;
    await waitUntil(clean, 'something was still running').catch(() => undefined);
    assert.isTrue(seen.timers > 0 && seen.listeners > 0, 'the meter saw nothing of the widget');
    assert.deepEqual(meter.timers(), [], 'timers left running');
    assert.deepEqual(meter.listeners(), [], 'listeners left on window or document');
    assert.strictEqual(meter.serverStreams(), 0, 'event streams left open at the mock');
    assert.strictEqual(held.pending, 0, 'requests left in flight');
    assert.isNull(panelOf(element), 'a panel left in the removed element');
  });
});
