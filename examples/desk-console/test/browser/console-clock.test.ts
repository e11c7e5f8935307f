/**
 * The console measures ages and due times at one "now": this browser's clock plus how far the mock
 * server's clock was moved ahead (`GET /_mock/clock`), read when the console loads, on each refresh
 * and after **Advance server clock**.
 */
import { assert } from '@open-wc/testing';
import { createMockControl } from '@opin/support-mock-server/control';
import { createDeskClient } from '@opin/support-sdk/desk';
import {
  apiBase,
  button,
  fileTicket,
  mountConsole,
  queueEntry,
  resetConsole,
  ticketHeading,
} from './support/console-page.js';
import { localTime } from './support/local-time.js';
import { waitFor } from './support/wait.js';

const text = (element: Element | null | undefined) =>
  element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

describe('the console’s now', () => {
  beforeEach(resetConsole);
  afterEach(resetConsole);

  it('moves with "Advance server clock": the ticket ages by 4 h', async () => {
    const id = await fileTicket({ topicId: 'sign-in' });
    const app = await mountConsole('opin');
    const entry = await queueEntry(app, id);
    assert.equal(text(entry.querySelector('.queue-age')), 'Filed just now');

    (await button(app, 'Advance server clock by 4 h')).click();

    await waitFor(
      () => text(entry.querySelector('.queue-age')) === 'Filed 4 h ago',
      'the ticket to be 4 h old',
    );
    assert.include(text(app.querySelector('.notice')), 'every ticket is 4 hours older');
  });

  it('includes a move made before the console loaded: the ticket is a day old and overdue', async () => {
    const id = await fileTicket({ topicId: 'sign-in' });
    const opin = createDeskClient({ baseUrl: apiBase, deskKey: 'dev-opin', retry: { limit: 0 } });
    const { plan } = await opin.getTicket(id);
    await createMockControl({ baseUrl: apiBase }).advanceClock(25 * 60);

    const app = await mountConsole('opin', id);
    const entry = await queueEntry(app, id);
    await ticketHeading(app, id);

    assert.equal(text(entry.querySelector('.queue-age')), 'Filed 1 d ago');
    assert.equal(text(entry.querySelector('.due')), `Overdue: due ${localTime(plan.expectedBy)}`);
    assert.include(text(app.querySelector('dc-ticket-facts .answer-due')), 'overdue');
  });
});
