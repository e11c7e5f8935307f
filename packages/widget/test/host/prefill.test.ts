/**
 * `prefill()` with the real panel: with a topic, opening the widget goes to that topic's ticket
 * form, filled in, with its routing preview (or, for a topic that needs an institution nobody has
 * named, to the topic's page to choose one); without a topic, the start screen says that a message
 * has been started. Prefilled text never replaces what the learner typed.
 */
import { assert } from '@open-wc/testing';
import '../../src/define.js';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { click, fill, valueOf } from '../panel/support/actions.js';
import { deepActiveElement, deepText, waitForElement, waitForText } from '../panel/support/dom.js';
import { addWidget, panelShowing } from '../security/support/widget.js';
import { resetMock } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';

const draftKey = 'opin-support:v1:draft:opin';
const started = 'Your message has been started: choose what it is about to continue.';

describe('prefill() with the real panel', () => {
  let element: OpinSupportElement;
  beforeEach(async () => {
    await resetMock();
    localStorage.clear();
  });
  afterEach(() => {
    element.remove();
    localStorage.clear();
  });

  it('with a topic: show() opens that topic’s form, filled in, with the routing preview', async () => {
    element = addWidget();
    element.prefill({
      topic: 'sign-in',
      subject: 'Sign-in loops',
      description: 'The page reloads itself.',
      email: 'learner@example.fi',
    });
    element.show();
    const panel = await panelShowing(element, 'opin-support-form-step >> #subject');
    await waitForText(panel, 'Topic: I cannot sign in to Opin.fi');
    assert.strictEqual(valueOf(panel, 'subject'), 'Sign-in loops');
    assert.strictEqual(valueOf(panel, 'description'), 'The page reloads itself.');
    assert.strictEqual(valueOf(panel, 'email'), 'learner@example.fi');
    assert.strictEqual(valueOf(panel, 'name'), '');
    await waitForText(panel, 'Opin.fi support will answer you in English.');
    await waitUntil(
      () => deepActiveElement()?.textContent.trim() === 'Write to support',
      'the form’s heading did not get focus',
    );
    await click(panel, 'Back');
    await waitForText(panel, 'How can we help?');
  });

  it('with a topic: also when the panel has already been loaded and closed', async () => {
    element = addWidget();
    element.show();
    await panelShowing(element, 'opin-support-start-step >> button.choice');
    element.hide();
    element.prefill({ topic: 'personal-data', subject: 'Delete my data' });
    element.show();
    const panel = await panelShowing(element, 'opin-support-form-step >> #subject');
    await waitForText(panel, 'Topic: Personal data and privacy');
    assert.strictEqual(valueOf(panel, 'subject'), 'Delete my data');
  });

  it('without a topic: the start screen says a message has been started, kept for the topic chosen', async () => {
    element = addWidget();
    element.prefill({ subject: 'Course page error', email: 'learner@example.fi' });
    element.show();
    const panel = await panelShowing(element, 'opin-support-start-step >> button.choice');
    await waitForText(panel, started);
    await click(panel, 'I cannot sign in to Opin.fi');
    await click(panel, 'Write to support');
    await waitForElement(panel, 'opin-support-form-step >> #subject');
    assert.strictEqual(valueOf(panel, 'subject'), 'Course page error');
    assert.strictEqual(valueOf(panel, 'email'), 'learner@example.fi');
  });

  it('without a topic: no notice for contact details alone', async () => {
    element = addWidget();
    element.prefill({ email: 'learner@example.fi', name: 'Aino' });
    element.show();
    const panel = await panelShowing(element, 'opin-support-start-step >> button.choice');
    assert.notInclude(deepText(panel), started);
  });

  it('a topic that needs an institution: the form when one is named, else its page to choose one', async () => {
    element = addWidget();
    element.prefill({ topic: 'enrolment-failed', institution: 'helsinki', subject: 'No seat' });
    element.show();
    const panel = await panelShowing(element, 'opin-support-form-step >> #subject');
    await waitForText(panel, 'only Opin.fi support and University of Helsinki will see');
    assert.strictEqual(valueOf(panel, 'subject'), 'No seat');
    element.remove();
    localStorage.clear();

    element = addWidget();
    element.prefill({ topic: 'enrolment-failed', subject: 'No seat' });
    element.show();
    const topicPage = await panelShowing(element, 'opin-support-topic-step >> #institution');
    await waitForText(topicPage, 'Enrolment to a course fails');
  });

  it('never replaces what the learner typed; the page’s own text it may update', async () => {
    element = addWidget();
    element.prefill({ topic: 'sign-in', subject: 'From the page', email: 'page@example.fi' });
    element.show();
    const panel = await panelShowing(element, 'opin-support-form-step >> #subject');
    await fill(panel, 'subject', 'In my own words');
    element.prefill({
      topic: 'sign-in',
      subject: 'Newer text from the page',
      description: 'Details from the page',
      email: 'newer@example.fi',
    });
    await waitUntil(() => valueOf(panel, 'description') === 'Details from the page');
    assert.strictEqual(valueOf(panel, 'subject'), 'In my own words');
    assert.strictEqual(valueOf(panel, 'email'), 'newer@example.fi');
    const stored = JSON.parse(localStorage.getItem(draftKey) ?? '{}') as Record<string, unknown>;
    assert.strictEqual(stored.subject, 'In my own words');
  });

  it('never replaces a draft the learner wrote on an earlier visit', async () => {
    localStorage.setItem(
      draftKey,
      JSON.stringify({
        subject: 'Written yesterday',
        description: '',
        email: 'mine@example.fi',
        name: '',
        website: '',
        topicId: 'sign-in',
        institutionId: null,
        language: null,
        idempotencyKey: 'earlier-draft-0001',
        queued: false,
      }),
    );
    element = addWidget();
    element.prefill({
      topic: 'sign-in',
      subject: 'From the page',
      description: 'Details from the page',
      email: 'page@example.fi',
    });
    element.show();
    const panel = await panelShowing(element, 'opin-support-form-step >> #subject');
    await waitUntil(() => valueOf(panel, 'description') === 'Details from the page');
    assert.strictEqual(valueOf(panel, 'subject'), 'Written yesterday');
    assert.strictEqual(valueOf(panel, 'email'), 'mine@example.fi');
  });
});
