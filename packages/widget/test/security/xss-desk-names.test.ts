/// <reference types="mocha" />
/**
 * Desk names come from the API and fill many sentences (in Finnish here, through the translated
 * templates): who answers, the timeline of hand-offs, the authors of replies, the routing preview.
 * With every desk named after one payload of the corpus, each appears as text and nothing runs.
 */
import { assert } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { CreatedTicket } from '@opin/support-sdk';
import { resetMock } from '../support/mock-api.js';
import { deepQueryAll, settle } from '../panel/support/dom.js';
import { mountPanel, unmountAll } from '../panel/support/panel-fixture.js';
import { ticketWithHistory, topicIn } from '../panel/support/scenarios.js';
import { renameAll, rewriteResponses } from './support/rewrite-responses.js';
import { xssPayloads } from './support/xss-payloads.js';
import { assertInert, installXssProbe, showsAsText } from './support/xss-probe.js';

describe('XSS: desk names', () => {
  let created: CreatedTicket;
  let undo: (() => void) | undefined;
  before(async () => {
    installXssProbe();
    localStorage.clear();
    await resetMock();
    created = await ticketWithHistory('fi');
  });
  afterEach(() => {
    undo?.();
    undo = undefined;
    unmountAll();
  });
  after(() => localStorage.clear());

  for (const payload of xssPayloads) {
    it(`#${payload.id} ${payload.name}: in the ticket and the routing preview, as text`, async () => {
      const text = payload.text;
      undo = rewriteResponses(/\/desks$/, (body) => renameAll(body, text));
      const { panel } = await mountPanel({ locale: 'fi' });
      panel.showTicket(created.ticket.id, created.accessToken);
      const card = () => deepQueryAll(panel, '.plan p')[0]?.textContent ?? '';
      await waitUntil(() => card().startsWith(text), 'the desk’s name did not appear');
      await settle(panel);
      const timeline = deepQueryAll(panel, '.thread .note span').map((span) => span.textContent);
      assert.include(timeline[0], text, '“Received by …” names the desk');
      assertInert(panel, [text]);

      panel.navigate({ name: 'topic', topic: await topicIn('fi', 'sign-in') });
      const previewNamesDesk = () => {
        const notice = deepQueryAll(panel, 'opin-support-topic-step >> .notice')[0];
        return notice !== undefined && showsAsText(notice, text);
      };
      await waitUntil(previewNamesDesk, 'the routing preview did not name the desk');
      assertInert(panel, [text]);
    });
  }
});
