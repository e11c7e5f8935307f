/**
 * The open ticket names its topic by its English title, not its id; the console asks for the
 * topics once, however many desks the person plays.
 */
import { assert } from '@open-wc/testing';
import { createSupportClient } from '@opin/support-sdk';
import {
  apiBase,
  fileTicket,
  mountConsole,
  playDesk,
  queueEntry,
  resetConsole,
  ticketHeading,
} from './support/console-page.js';
import { waitFor } from './support/wait.js';

/** The text of the facts list's "Topic" entry. */
function topicFact(app: Element): string | undefined {
  const terms = [...app.querySelectorAll('dc-ticket-facts dt')];
  const term = terms.find((dt) => dt.textContent === 'Topic');
  return term?.nextElementSibling?.textContent.trim();
}

const topicRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.endsWith('/api/v1/topics')).length;

describe('the topic of a ticket', () => {
  beforeEach(resetConsole);
  afterEach(resetConsole);

  it('is shown by its title, and the topics are loaded once', async () => {
    const topics = await createSupportClient({ baseUrl: apiBase }).listTopics({ locale: 'en' });
    const title = topics.find((topic) => topic.id === 'enrolment-failed')?.title;
    assert.isString(title);
    const id = await fileTicket({ topicId: 'enrolment-failed' });
    performance.clearResourceTimings();
    const app = await mountConsole('opin', id);
    await ticketHeading(app, id);

    await waitFor(() => topicFact(app) === title, `the topic "${String(title)}"`);
    assert.notInclude(app.querySelector('dc-ticket-facts')?.textContent, 'enrolment-failed');

    await playDesk(app, 'aalto');
    await playDesk(app, 'opin');
    await queueEntry(app, id);
    const options = app.querySelectorAll('dc-test-ticket-form select[name="topicId"] option');
    assert.equal(options.length, topics.length);
    assert.equal(topicRequests(), 1);
  });
});
