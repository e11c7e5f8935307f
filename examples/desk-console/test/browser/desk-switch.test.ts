/**
 * Playing another desk starts clean: the notice, the error and the open ticket of the desk
 * played before are gone (they would read as if they were about the new desk), and the status
 * region says which desk plays now while focus stays on the desk picker. A test ticket filed for
 * another desk still says where it went.
 */
import { assert } from '@open-wc/testing';
import { createDeskClient } from '@opin/support-sdk/desk';
import { requestAction } from '../../src/events.js';
import {
  apiBase,
  button,
  fileTicket,
  mountConsole,
  playDesk,
  queueEntry,
  resetConsole,
  ticketHeading,
} from './support/console-page.js';
import { waitFor } from './support/wait.js';

/** Hands the open ticket off with the console's form. */
async function handOff(app: Element, mode: 'consult' | 'transfer', to: string): Promise<void> {
  const form = await waitFor(() => app.querySelector('dc-handoff-form form'), 'the hand-off form');
  const radio = form.querySelector<HTMLInputElement>(`input[name="mode"][value="${mode}"]`);
  const select = form.querySelector<HTMLSelectElement>('select[name="to"]');
  if (!radio || !select) throw new Error('The hand-off form has no mode or desk.');
  radio.checked = true;
  select.value = to;
  (await button(form, 'Hand off')).click();
}

const notice = (app: Element) => app.querySelector('.notice')?.textContent.trim() ?? '';

describe('playing another desk', () => {
  beforeEach(resetConsole);
  afterEach(resetConsole);

  it('clears the error and closes the ticket the previous desk had open', async () => {
    const id = await fileTicket();
    const opin = createDeskClient({ baseUrl: apiBase, deskKey: 'dev-opin', retry: { limit: 0 } });
    await opin.requestHandoff(id, { to: 'tampere', mode: 'consult' });
    const app = await mountConsole('opin', id);
    await ticketHeading(app, id);
    // A second hand-off while one is pending is refused.
    await handOff(app, 'transfer', 'aalto');
    await waitFor(() => app.querySelector('[role="alert"]'), 'the error');

    await playDesk(app, 'tampere');
    await queueEntry(app, id);

    // Texts, not elements: an element in a failed assertion cannot be reported.
    assert.equal(app.querySelector('[role="alert"]')?.textContent ?? 'no error', 'no error');
    assert.equal(app.querySelector('#ticket-heading')?.textContent ?? 'no ticket', 'no ticket');
    assert.include(
      app.querySelector('.ticket-pane')?.textContent,
      'Choose a ticket from the queue.',
    );
    assert.isNull(new URL(location.href).searchParams.get('ticket'));
    assert.equal(new URL(location.href).searchParams.get('desk'), 'tampere');
  });

  it('announces the desk now played in the status region, and leaves focus on the picker', async () => {
    const app = await mountConsole('opin');
    const select = await waitFor(
      () => app.querySelector<HTMLSelectElement>('dc-desk-picker select'),
      'the desk picker',
    );
    select.focus();

    await playDesk(app, 'tampere');

    const status = app.querySelector('[role="status"]');
    assert.equal(status?.textContent.trim(), 'Now playing Tampere University');
    assert.equal(document.activeElement, select);
  });

  it('clears the notice of what the previous desk did', async () => {
    const id = await fileTicket();
    const app = await mountConsole('opin', id);
    await ticketHeading(app, id);
    await handOff(app, 'consult', 'tampere');
    await waitFor(() => notice(app).startsWith('Hand-off requested'), 'the notice');

    await playDesk(app, 'tampere');
    await queueEntry(app, id);

    assert.equal(notice(app), 'Now playing Tampere University');
  });

  it('still says where a test ticket filed for another desk went, and opens it', async () => {
    const app = await mountConsole('opin');
    const form = await waitFor(
      () => app.querySelector<HTMLFormElement>('dc-test-ticket-form form'),
      'the test ticket form',
    );
    await waitFor(() => form.querySelector('select[name="topicId"] option'), 'the topics');
    const origin = form.querySelector<HTMLSelectElement>('select[name="origin"]');
    if (!origin) throw new Error('The form has no "Received by".');
    origin.value = 'hanken';
    (await button(form, 'File test ticket')).click();

    const heading = await waitFor(
      () => app.querySelector('#ticket-heading'),
      'the filed ticket to open',
    );
    assert.match(heading.textContent, /^OPIN-\d+: /);
    assert.equal(new URL(location.href).searchParams.get('desk'), 'hanken');
    assert.include(notice(app), 'Test ticket filed; now playing the desk that received it');
  });

  it('names the desk an action ran as when it fails after the person played another', async () => {
    const app = await mountConsole('opin');
    let fail: (error: Error) => void = () => undefined;
    const pending = new Promise<never>((_, reject) => (fail = reject));
    requestAction(app, { label: 'Send', perform: () => pending, success: 'Sent.' });

    await playDesk(app, 'aalto');
    fail(new Error('The network went away.'));

    const alert = await waitFor(() => app.querySelector('[role="alert"]'), 'the error');
    assert.include(alert.textContent.replace(/\s+/g, ' '), 'Send (as Opin.fi support) failed');
  });

  it('does not announce the success of an action of the previous desk', async () => {
    const app = await mountConsole('opin');
    let succeed: () => void = () => undefined;
    const pending = new Promise<void>((resolve) => (succeed = resolve));
    let done = false;
    requestAction(app, {
      label: 'Send',
      perform: async () => {
        await pending;
        done = true;
      },
      success: 'Sent.',
    });

    await playDesk(app, 'aalto');
    succeed();
    await waitFor(() => done, 'the action to end');
    await app.updateComplete;

    assert.equal(notice(app), 'Now playing Aalto University');
  });
});
