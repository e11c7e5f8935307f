/**
 * The control that closes the open ticket's view says so: "Back to queue", not "Close ticket"
 * (a ticket's status can be _Closed_, which this control does not touch).
 */
import { assert } from '@open-wc/testing';
import {
  button,
  fileTicket,
  mountConsole,
  resetConsole,
  ticketHeading,
} from './support/console-page.js';
import { waitFor } from './support/wait.js';

describe('leaving a ticket', () => {
  beforeEach(resetConsole);
  afterEach(resetConsole);

  it('is "Back to queue": the view closes, focus returns to the queue, the status stays', async () => {
    const id = await fileTicket();
    const app = await mountConsole('opin', id);
    await ticketHeading(app, id);
    const names = [...app.querySelectorAll('button')].map((b) => b.textContent.trim());
    assert.notInclude(names, 'Close ticket');

    (await button(app, 'Back to queue')).click();

    await waitFor(() => !app.querySelector('#ticket-heading'), 'the ticket view to close');
    assert.include(
      app.querySelector('.ticket-pane')?.textContent,
      'Choose a ticket from the queue.',
    );
    await waitFor(
      () => document.activeElement?.id === 'queue-heading',
      'focus on the queue heading',
    );
    assert.isNull(new URL(location.href).searchParams.get('ticket'));
    const entry = app.querySelector('.queue-entry .status');
    assert.equal(entry?.textContent, 'Received');
  });
});
