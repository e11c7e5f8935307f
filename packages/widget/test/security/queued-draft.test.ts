/// <reference types="mocha" />
/**
 * A ticket whose send was interrupted waits in `localStorage` (its draft, `queued`, with its
 * idempotency key). In launcher mode it is never sent silently: a page load makes no request at
 * all, a hover over the launcher (which preloads the panel) sends nothing, and opening the widget
 * sends it exactly once.
 */
import { assert, nextFrame } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { createMockControl } from '@opin/support-mock-server/control';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { deepActiveElement, settle } from '../panel/support/dom.js';
import { launcherOf } from '../support/host.js';
import { apiBase, resetMock } from '../support/mock-api.js';
import { addWidget, panelOf, panelShowing } from './support/widget.js';

const draftKey = 'opin-support:v1:draft:opin';
const mock = createMockControl({ baseUrl: apiBase });

/** A draft the learner sent while offline: complete, queued, with its key. */
function queueDraft(): void {
  const draft = {
    subject: 'Cannot sign in',
    description: 'The sign-in page loops back to itself.',
    email: 'learner@example.fi',
    name: '',
    website: '',
    topicId: 'sign-in',
    institutionId: null,
    language: 'en',
    idempotencyKey: 'queued-draft-0001',
    queued: true,
  };
  localStorage.setItem(draftKey, JSON.stringify(draft));
}

/** Records every `fetch` the page makes, as `METHOD /path`. */
function recordRequests(): { requests: string[]; stop: () => void } {
  const requests: string[] = [];
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    return original(input, init);
  };
  return { requests, stop: () => (window.fetch = original) };
}

const ticketPosts = (requests: string[]) => requests.filter((r) => /^POST .*\/tickets$/.test(r));

describe('a queued ticket in launcher mode', () => {
  let element: OpinSupportElement;
  let recorder: ReturnType<typeof recordRequests>;
  beforeEach(async () => {
    await resetMock();
    localStorage.clear();
    queueDraft();
    recorder = recordRequests();
  });
  afterEach(() => {
    recorder.stop();
    element.remove();
    localStorage.clear();
  });

  it('makes no request when the page loads', async () => {
    const resources = performance.getEntriesByType('resource').length;
    element = addWidget();
    await nextFrame();
    await nextFrame();
    assert.deepEqual(recorder.requests, []);
    assert.deepEqual(performance.getEntriesByType('resource').slice(resources), []);
    assert.strictEqual((await mock.stats()).tickets, 0);
  });

  it('sends nothing when the learner only points at the launcher', async () => {
    element = addWidget();
    launcherOf(element).dispatchEvent(new PointerEvent('pointerenter'));
    // The panel preloads: its topics arrive and the ticket steps' code too (there is a draft).
    await waitUntil(() => recorder.requests.some((r) => r.endsWith('/topics')), 'no preload');
    await customElements.whenDefined('opin-support-form-step');
    const panel = panelOf(element);
    if (panel) await settle(panel);
    await nextFrame();
    await nextFrame();
    assert.deepEqual(ticketPosts(recorder.requests), []);
    assert.strictEqual((await mock.stats()).tickets, 0);
    assert.include(localStorage.getItem(draftKey), '"queued":true');
  });

  it('sends it exactly once when the learner opens the widget', async () => {
    element = addWidget();
    launcherOf(element).click();
    await panelShowing(element, 'opin-support-sent-step >> .reference');
    assert.strictEqual(element.open, true);
    await waitUntil(
      () => deepActiveElement()?.textContent === 'Thank you, your ticket has been sent',
      'focus is not on the Sent step’s heading',
    );
    assert.deepEqual(ticketPosts(recorder.requests), [`POST /api/v1/tickets`]);
    assert.strictEqual((await mock.stats()).tickets, 1);
    assert.strictEqual(localStorage.getItem(draftKey), null);

    element.hide();
    element.show();
    await waitUntil(() => element.open);
    assert.strictEqual((await mock.stats()).tickets, 1);
  });
});
