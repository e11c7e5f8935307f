/** The queue names each ticket's language ("Swedish"), not its code. */
import { assert } from '@open-wc/testing';
import { fileTicket, mountConsole, queueEntry, resetConsole } from './support/console-page.js';

describe('the language in the queue', () => {
  beforeEach(resetConsole);
  afterEach(resetConsole);

  it('is the language’s name', async () => {
    const id = await fileTicket({ language: 'sv', subject: 'Anmälan misslyckas' });
    const app = await mountConsole('opin');

    const entry = await queueEntry(app, id);

    assert.equal(entry.querySelector('.queue-language')?.textContent, 'Swedish');
  });
});
