/// <reference types="mocha" />
/**
 * The ticket language never changes silently: when the UI language changes under a form with
 * text in it, the form says that the ticket will now be answered in the new language, and Undo
 * keeps the one it had.
 */
import { assert } from '@open-wc/testing';
import { resetMock } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';
import { click, fill } from './support/actions.js';
import {
  deepActiveElement,
  deepQuery,
  deepText,
  waitForElement,
  waitForText,
} from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';
import { topicIn } from './support/scenarios.js';

const draftKey = 'opin-support:v1:draft:opin';

async function openFinnishForm() {
  const mounted = await mountPanel({ locale: 'fi' });
  mounted.panel.navigate({ name: 'form', topic: await topicIn('fi', 'sign-in') });
  await waitForElement(mounted.panel, '#subject');
  return mounted;
}

/** The form's own text (not the status region's). */
function formText(panel: Element): string {
  const form = deepQuery(panel, 'opin-support-form-step');
  return form ? deepText(form) : '';
}

function checked(panel: Element, locale: string): boolean | undefined {
  return (deepQuery(panel, `#language-${locale}`) as HTMLInputElement | null)?.checked;
}

describe('the ticket language when the UI language changes', () => {
  beforeEach(() => localStorage.removeItem(draftKey));
  before(() => resetMock());
  afterEach(() => unmountAll());

  it('says the ticket will now be answered in the new language, and Undo keeps the old', async () => {
    const { panel } = await openFinnishForm();
    await fill(panel, 'subject', 'Kirjautuminen ei onnistu');
    await click(panel, 'Svenska');
    await waitForText(panel, 'Ditt ärende besvaras nu på svenska.');
    const status = deepQuery(panel, '[role="status"]');
    await waitUntil(() => status?.textContent.includes('Ditt ärende besvaras nu på svenska.'));
    assert.isTrue(checked(panel, 'sv'));
    await click(panel, 'Ångra');
    await waitUntil(() => checked(panel, 'fi') === true, 'Finnish is not the ticket language');
    assert.notInclude(formText(panel), 'Ditt ärende besvaras nu');
    await waitUntil(() => deepActiveElement()?.id === 'language-fi', 'focus is lost');
    const stored = JSON.parse(localStorage.getItem(draftKey) ?? '{}') as { language?: unknown };
    assert.strictEqual(stored.language, 'fi');
    await click(panel, 'English');
    await waitForText(panel, 'Write to support');
    assert.isTrue(checked(panel, 'fi'));
    assert.notInclude(formText(panel), 'Your ticket will now be answered');
  });

  it('takes the notice back when the learner returns to the first language', async () => {
    const { panel } = await openFinnishForm();
    await fill(panel, 'description', 'Sivu latautuu uudelleen.');
    await click(panel, 'English');
    await waitForText(panel, 'Your ticket will now be answered in English.');
    await click(panel, 'Svenska');
    await waitForText(panel, 'Ditt ärende besvaras nu på svenska.');
    await click(panel, 'Ångra');
    await waitUntil(() => checked(panel, 'fi') === true, 'Undo did not go back to Finnish');
    await click(panel, 'Suomi');
    await click(panel, 'English');
    await waitForText(panel, 'Write to support');
    assert.notInclude(formText(panel), 'Your ticket will now be answered');
  });

  it('says nothing before the learner has written anything', async () => {
    const { panel } = await openFinnishForm();
    await click(panel, 'Svenska');
    await waitForText(panel, 'Skriv till supporten');
    assert.isTrue(checked(panel, 'sv'));
    assert.notInclude(formText(panel), 'besvaras nu');
  });
});
