/**
 * The "Play desk" select always shows the desk being played, also when the console switches desk
 * itself (a test ticket filed for another desk) after the person used the select.
 */
import { assert } from '@open-wc/testing';
import { button, mountConsole, playDesk, resetConsole } from './support/console-page.js';
import { waitFor } from './support/wait.js';

describe('the desk picker', () => {
  beforeEach(resetConsole);
  afterEach(resetConsole);

  it('follows a switch the console makes after the person chose a desk', async () => {
    const app = await mountConsole('opin');
    await playDesk(app, 'aalto');
    const form = await waitFor(
      () => app.querySelector<HTMLFormElement>('dc-test-ticket-form form'),
      'the test ticket form',
    );
    await waitFor(() => form.querySelector('select[name="topicId"] option'), 'the topics');
    const origin = form.querySelector<HTMLSelectElement>('select[name="origin"]');
    if (!origin) throw new Error('The form has no "Received by".');
    origin.value = 'hanken';
    (await button(form, 'File test ticket')).click();

    await waitFor(() => app.deskId === 'hanken', 'the console to play Hanken');
    await app.updateComplete;
    const picker = app.querySelector<HTMLSelectElement>('dc-desk-picker select');
    assert.equal(picker?.value, 'hanken');
  });
});
