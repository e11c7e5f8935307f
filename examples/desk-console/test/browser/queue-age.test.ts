/**
 * Each queue entry says how long ago the ticket was filed, compactly, with the exact time in a
 * `<time datetime>` and, in the person's time zone, in its title.
 */
import { assert } from '@open-wc/testing';
import { createDeskClient } from '@opin/support-sdk/desk';
import {
  apiBase,
  fileTicket,
  mountConsole,
  queueEntry,
  resetConsole,
} from './support/console-page.js';
import { localTime } from './support/local-time.js';

describe('the age of a ticket in the queue', () => {
  beforeEach(resetConsole);
  afterEach(resetConsole);

  it('is "Filed just now" for a new ticket, with its filing time in <time datetime>', async () => {
    const id = await fileTicket();
    const desk = createDeskClient({ baseUrl: apiBase, deskKey: 'dev-opin', retry: { limit: 0 } });
    const { createdAt } = await desk.getTicket(id);
    const app = await mountConsole('opin');

    const entry = await queueEntry(app, id);
    const age = entry.querySelector('.queue-age');
    const time = age?.querySelector('time');
    assert.equal(age?.textContent.replace(/\s+/g, ' ').trim(), 'Filed just now');
    assert.equal(time?.dateTime, createdAt);
    // This browser runs in Finnish time (web-test-runner.config.js): not UTC.
    assert.equal(Intl.DateTimeFormat().resolvedOptions().timeZone, 'Europe/Helsinki');
    assert.equal(time?.title, localTime(createdAt));
    assert.include(entry.textContent.replace(/\s+/g, ' '), 'Filed just now');
  });
});
