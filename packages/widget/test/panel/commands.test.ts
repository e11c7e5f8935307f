/// <reference types="mocha" />
/**
 * The host's commands: `prefill` fills the form, `showTicket` opens a ticket (and remembers it),
 * `reset` forgets this browser's tickets and draft; `configure` changes the language or the API.
 */
import { assert } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { apiBase, fileTicket, resetMock } from '../support/mock-api.js';
import { click, fill, valueOf } from './support/actions.js';
import { deepText, waitForElement, waitForText } from './support/dom.js';
import { errorResponse } from './support/fetch-stub.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';
import { topicIn } from './support/scenarios.js';

/** Where this page's tickets are kept: per API origin. */
const ticketsKey = `opin-support:v1:tickets:${location.origin}`;

describe('commands', () => {
  beforeEach(async () => {
    await resetMock();
    localStorage.clear();
  });
  afterEach(() => {
    unmountAll();
    localStorage.clear();
  });

  it('prefill fills the form, also when it is already open', async () => {
    const { panel, handle } = await mountPanel({ locale: 'en' });
    handle.run({
      kind: 'prefill',
      fields: { subject: 'From the course page', email: 'a@example.fi' },
    });
    panel.navigate({ name: 'form', topic: await topicIn('en', 'sign-in') });
    await waitForElement(panel, '#subject');
    assert.strictEqual(valueOf(panel, 'subject'), 'From the course page');
    assert.strictEqual(valueOf(panel, 'email'), 'a@example.fi');
    handle.run({ kind: 'prefill', fields: { description: 'Details', name: 'Aino' } });
    await waitUntil(() => valueOf(panel, 'description') === 'Details');
    assert.strictEqual(valueOf(panel, 'name'), 'Aino');
    assert.strictEqual(valueOf(panel, 'subject'), 'From the course page');
  });

  it('showTicket opens the ticket and lists it under My tickets', async () => {
    const { ticket, accessToken } = await fileTicket({ language: 'en' });
    const { panel, handle } = await mountPanel({ locale: 'en' });
    handle.run({ kind: 'showTicket', id: ticket.id, accessToken });
    await waitForText(panel, `Ticket ${ticket.id}`);
    await waitForText(panel, 'Received by Opin.fi support');
    await click(panel, 'Back');
    await click(panel, `My tickets (1)`);
    await waitForText(panel, ticket.id);
    await waitForText(panel, 'Received');
  });

  it('keeps the tickets per API origin: another api-base neither lists them nor gets their tokens (issue 16)', async () => {
    const { ticket, accessToken } = await fileTicket({ language: 'en' });
    const { panel, handle } = await mountPanel({ locale: 'en' });
    handle.run({ kind: 'showTicket', id: ticket.id, accessToken });
    await waitForText(panel, `Ticket ${ticket.id}`);
    assert.include(localStorage.getItem(ticketsKey), ticket.id);

    // Another API: every request to it is recorded, and answered 404 without leaving the page.
    const other = 'https://other-api.example';
    const sentThere: string[] = [];
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (new URL(request.url).origin !== other) return original(input, init);
      sentThere.push(`${request.url} ${request.headers.get('authorization') ?? ''}`);
      return Promise.resolve(errorResponse(404, 'not_found'));
    };
    try {
      handle.configure({ ...panel.config, apiBase: `${other}/api/v1` });
      panel.navigate({ name: 'my-tickets' });
      await waitForText(panel, 'No tickets have been sent from this browser.');
      assert.deepEqual(
        sentThere.filter((line) => line.includes(accessToken) || line.includes(ticket.id)),
        [],
      );
    } finally {
      window.fetch = original;
    }

    // Back on its own API, the ticket is still there.
    handle.configure({ ...panel.config, apiBase });
    panel.navigate({ name: 'start' });
    await click(panel, 'My tickets (1)');
    await waitForText(panel, ticket.id);
    await waitForText(panel, 'Received');
  });

  it('My tickets says when a ticket is no longer available', async () => {
    const { panel, handle } = await mountPanel({ locale: 'en' });
    handle.run({
      kind: 'showTicket',
      id: 'OPIN-999999',
      accessToken: 'not-the-right-token-at-all',
    });
    await waitForText(panel, 'We could not find this. It may no longer be available.');
    panel.navigate({ name: 'my-tickets' });
    await waitForText(panel, 'This ticket is no longer available.');
  });

  it('reset forgets the stored tickets and the draft and goes back to the start', async () => {
    const { ticket, accessToken } = await fileTicket({ language: 'en' });
    const { panel, handle } = await mountPanel({ locale: 'en' });
    handle.run({ kind: 'showTicket', id: ticket.id, accessToken });
    panel.navigate({ name: 'form', topic: await topicIn('en', 'sign-in') });
    await fill(panel, 'subject', 'Draft to forget');
    assert.include(localStorage.getItem('opin-support:v1:draft:opin'), 'Draft to forget');
    handle.run({ kind: 'reset' });
    await waitForText(panel, 'How can we help?');
    assert.strictEqual(localStorage.getItem(ticketsKey), null);
    assert.strictEqual(localStorage.getItem('opin-support:v1:draft:opin'), null);
    assert.notInclude(deepText(panel), 'My tickets');
  });

  it('configure switches the UI language and keeps the place, without opin-locale-change', async () => {
    const { panel, handle, detailsOf } = await mountPanel({ locale: 'en' });
    panel.navigate({ name: 'topic', topic: await topicIn('en', 'sign-in') });
    await waitForText(panel, 'I cannot sign in to Opin.fi');
    handle.configure({ ...panel.config, locale: 'sv' });
    await waitForText(panel, 'Jag kan inte logga in på Opin.fi');
    assert.strictEqual(panel.lang, 'sv');
    // The page changed the language, not the learner: the event says the learner switched it.
    assert.deepEqual(detailsOf('opin-locale-change'), []);
  });

  it('prefill leaves a ticket whose send was interrupted as it is', async () => {
    const queued = {
      subject: 'Cannot sign in',
      description: 'It loops.',
      email: 'learner@example.fi',
      name: '',
      website: '',
      topicId: 'sign-in',
      institutionId: null,
      language: 'en' as const,
      idempotencyKey: 'queued-draft-0002',
      queued: true,
    };
    localStorage.setItem('opin-support:v1:draft:opin', JSON.stringify(queued));
    // In a closed dialog the queued ticket waits (nothing is sent before the learner sees it).
    const { panel, handle } = await mountPanel({ locale: 'en', mode: 'launcher' });
    handle.run({
      kind: 'prefill',
      fields: { topic: 'personal-data', subject: 'Other', description: '', name: 'Aino' },
    });
    assert.deepInclude(panel.services.drafts.current, queued);
  });

  it('opens the preselected topic of the page', async () => {
    const { panel } = await mountPanel({ locale: 'en', topic: 'personal-data' });
    await waitForText(panel, 'You want to see, correct or delete your personal data in Opin.fi.');
    await click(panel, 'Back');
    await waitForText(panel, 'How can we help?');
  });

  it('the close button asks the host to close (launcher mode only)', async () => {
    const launcher = await mountPanel({ locale: 'fi', mode: 'launcher' });
    const close = await waitForElement<HTMLButtonElement>(launcher.panel, 'button.close');
    assert.strictEqual(close.getAttribute('aria-label'), 'Sulje');
    close.click();
    assert.deepEqual(launcher.closes, ['close-button']);
    const inline = await mountPanel({ locale: 'fi', mode: 'inline' });
    assert.strictEqual(inline.panel.shadowRoot?.querySelector('button.close'), null);
  });
});
