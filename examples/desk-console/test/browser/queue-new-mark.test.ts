/**
 * The queue marks _New_ the tickets the played desk has not opened yet in this browser; the mark
 * goes once the desk opens the ticket, survives a reload, and is kept per desk.
 */
import { assert } from '@open-wc/testing';
import { createDeskClient } from '@opin/support-sdk/desk';
import {
  apiBase,
  entryOf,
  fileTicket,
  mountConsole,
  playDesk,
  queueEntry,
  resetConsole,
  ticketHeading,
} from './support/console-page.js';
import { waitFor } from './support/wait.js';

const isNew = (entry: Element) => entry.querySelector('.queue-new')?.textContent === 'New';

describe('the New mark in the queue', () => {
  beforeEach(resetConsole);
  afterEach(resetConsole);

  it('marks what this desk has not opened, until it opens it, also after a reload', async () => {
    const first = await fileTicket({ subject: 'First' });
    const second = await fileTicket({ subject: 'Second' });
    let app = await mountConsole('opin');
    assert.isTrue(isNew(await queueEntry(app, first)));
    assert.isTrue(isNew(await queueEntry(app, second)));
    const entry = await queueEntry(app, first);
    assert.match(entry.textContent.replace(/\s+/g, ' '), new RegExp(`^ ?${first} New `));

    entry.click();
    await ticketHeading(app, first);
    await waitFor(() => {
      const opened = entryOf(app, first);
      return opened && !isNew(opened);
    }, 'the mark to go');
    assert.isTrue(isNew(await queueEntry(app, second)));

    app.remove();
    app = await mountConsole('opin');
    assert.isFalse(isNew(await queueEntry(app, first)));
    assert.isTrue(isNew(await queueEntry(app, second)));
  });

  it('is kept per desk: a ticket opened by one desk is new to the desk it is handed to', async () => {
    const id = await fileTicket();
    const app = await mountConsole('opin', id);
    await ticketHeading(app, id);
    const opin = createDeskClient({ baseUrl: apiBase, deskKey: 'dev-opin', retry: { limit: 0 } });
    await opin.requestHandoff(id, { to: 'tampere', mode: 'consult' });

    await playDesk(app, 'tampere');
    assert.isTrue(isNew(await queueEntry(app, id)));
    await playDesk(app, 'opin');
    assert.isFalse(isNew(await queueEntry(app, id)));
  });
});
