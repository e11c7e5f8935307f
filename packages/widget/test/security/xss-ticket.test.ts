/// <reference types="mocha" />
/**
 * What a learner and a desk write into a ticket (its subject and description, the learner's
 * messages, the desk's replies) comes back from the API and is shown as text in the ticket step:
 * every payload of the corpus, each in its own ticket, runs nothing and appears verbatim.
 */
import { assert } from '@open-wc/testing';
import { textProblem } from '@opin/support-sdk/schemas';
import { waitUntil } from '../support/wait.js';
import { deskActions, fileTicket, resetMock } from '../support/mock-api.js';
import { deepQuery, deepQueryAll } from '../panel/support/dom.js';
import { mountPanel, unmountAll, type PanelUnderTest } from '../panel/support/panel-fixture.js';
import { learner } from '../panel/support/scenarios.js';
import { xssPayloads } from './support/xss-payloads.js';
import { assertInert, installXssProbe } from './support/xss-probe.js';

/**
 * The API's rule for a subject (up to 200 code points, one line, no direction controls); other
 * payloads go into the description and messages only.
 */
const subjectRule = { min: 1, max: 200, singleLine: true };

describe('XSS: ticket subject, description and messages', () => {
  let mounted: PanelUnderTest;
  before(async () => {
    installXssProbe();
    await resetMock();
    mounted = await mountPanel({ locale: 'en' });
  });
  after(() => {
    unmountAll();
    localStorage.clear();
  });

  for (const payload of xssPayloads) {
    it(`#${payload.id} ${payload.name}: shown as text, runs nothing`, async () => {
      const fits = textProblem(payload.text, subjectRule) === null;
      const subject = fits ? payload.text : `Payload ${payload.id}`;
      const { ticket, accessToken } = await fileTicket({
        language: 'en',
        subject,
        description: payload.text,
      });
      const access = { id: ticket.id, accessToken };
      await learner().sendMessage(access, { body: payload.text });
      await deskActions.reply('opin', ticket.id, payload.text);

      const { panel } = mounted;
      panel.showTicket(ticket.id, accessToken);
      const heading = () => deepQuery(panel, 'opin-support-ticket-step >> h2')?.textContent ?? '';
      const bodies = () => deepQueryAll(panel, '.thread .body').map((p) => p.textContent);
      await waitUntil(
        () => heading().includes(ticket.id) && bodies().length === 3,
        'the ticket, its description and its two messages did not appear',
      );
      assert.deepEqual(bodies(), [payload.text, payload.text, payload.text]);
      assert.strictEqual(deepQuery(panel, '.thread .subject')?.textContent, subject);
      assertInert(panel, [payload.text, subject]);
    });
  }
});
