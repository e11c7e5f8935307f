/// <reference types="mocha" />
/**
 * The ticket form: validation in the learner's language, the draft that survives failures and
 * reloads, one ticket per draft, rate limits and server-side field errors.
 */
import { assert } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { createMockControl } from '@opin/support-mock-server/control';
import { regexes } from 'zod/mini';
import { emailPattern } from '../../src/panel/steps/form/form-validation.js';
import { apiBase, resetMock } from '../support/mock-api.js';
import { click, fill, valueOf } from './support/actions.js';
import {
  deepActiveElement,
  deepQuery,
  deepQueryAll,
  settle,
  waitForElement,
  waitForText,
} from './support/dom.js';
import { errorResponse, stubFetch } from './support/fetch-stub.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';
import { topicIn } from './support/scenarios.js';

const draftKey = 'opin-support:v1:draft:opin';
const mock = createMockControl({ baseUrl: apiBase });

async function openForm(locale: 'fi' | 'sv' | 'en' = 'en') {
  const mounted = await mountPanel({ locale });
  mounted.panel.navigate({ name: 'form', topic: await topicIn(locale, 'sign-in') });
  await waitForElement(mounted.panel, 'opin-support-form-step >> .notice');
  return mounted;
}

async function fillValid(panel: Element) {
  await fill(panel, 'subject', 'Cannot sign in');
  await fill(panel, 'description', 'The page loops.');
  await fill(panel, 'email', 'learner@example.fi');
}

function storedDraft(): Record<string, unknown> {
  return JSON.parse(localStorage.getItem(draftKey) ?? '{}') as Record<string, unknown>;
}

describe('the ticket form', () => {
  let restore: (() => void) | undefined;
  beforeEach(async () => {
    await resetMock();
    localStorage.clear();
  });
  afterEach(() => {
    restore?.();
    restore = undefined;
    unmountAll();
    localStorage.clear();
  });

  describe('validation', () => {
    it('marks every invalid field in Finnish, links the message and focuses the first', async () => {
      const { panel } = await openForm('fi');
      await click(panel, 'Lähetä tukipyyntö');
      const subject = await waitForElement<HTMLInputElement>(panel, '#subject');
      assert.strictEqual(subject.getAttribute('aria-invalid'), 'true');
      assert.strictEqual(subject.getAttribute('aria-describedby'), 'subject-error');
      assert.include(deepQuery(panel, '#subject-error')?.textContent, 'Kirjoita lyhyt otsikko.');
      assert.include(deepQuery(panel, '#subject-error')?.textContent, 'Virhe:');
      assert.include(deepQuery(panel, '#description-error')?.textContent, 'Kuvaile asiasi.');
      assert.strictEqual(
        deepQuery(panel, '#description')?.getAttribute('aria-describedby'),
        'description-hint description-error',
      );
      assert.include(deepQuery(panel, '#email-error')?.textContent, 'Anna sähköpostiosoitteesi');
      assert.strictEqual(deepQuery(panel, '#name-error') === null, true);
      assert.strictEqual(deepActiveElement()?.id, 'subject');
      const alert = deepQuery(panel, 'opin-support-form-step >> [role="alert"]');
      assert.include(alert?.textContent, 'Tarkista 3 alla merkittyä kenttää.');
    });

    it('checks a field when the learner leaves it, and clears the message once fixed', async () => {
      const { panel } = await openForm('sv');
      await fill(panel, 'email', 'not-an-address');
      await waitForText(panel, 'Ange en giltig e-postadress, till exempel namn@exempel.fi.');
      assert.strictEqual(deepQuery(panel, '[role="alert"]') === null, true);
      await fill(panel, 'email', 'learner@example.fi');
      assert.strictEqual(deepQuery(panel, '#email-error') === null, true);
      assert.strictEqual(deepQuery(panel, '#email')?.getAttribute('aria-invalid'), 'false');
    });

    it('checks e-mail addresses with the contract’s own pattern', () => {
      assert.strictEqual(emailPattern.source, regexes.email.source);
    });

    it('keeps a subject and a name on one line, without hidden direction controls, in Finnish (issue 16)', async () => {
      const { panel } = await openForm('fi');
      const subject = 'Apua\u2028Bcc: attacker@example.com';
      panel.prefill({ subject, name: 'Maija \u202eajiaM' });
      await settle(panel);
      await fill(panel, 'description', 'Sivu ei aukea.');
      await fill(panel, 'email', 'maija@example.fi');
      await click(panel, 'Lähetä tukipyyntö');
      await waitForElement(panel, '#subject-error');
      assert.include(
        deepQuery(panel, '#subject-error')?.textContent,
        'Kirjoita tämä yhdelle riville.',
      );
      assert.include(
        deepQuery(panel, '#name-error')?.textContent,
        'Tekstissä on näkymättömiä merkkejä, joita ei voi lähettää.',
      );
      assert.strictEqual(deepActiveElement()?.id, 'subject');
      // Nothing is lost and nothing is sent.
      assert.strictEqual(storedDraft().subject, subject);
      assert.strictEqual((await mock.stats()).tickets, 0);
    });

    it('takes a subject of invisible characters as empty, in Swedish (issue 16)', async () => {
      const { panel } = await openForm('sv');
      await fill(panel, 'subject', '\u200b\u200d');
      await waitForText(panel, 'Skriv en kort rubrik.');
      await fill(panel, 'subject', 'Skriv\u2029rubrik');
      await waitForText(panel, 'Skriv det här på en rad.');
    });

    it('files a ticket without a name when the name has no visible character', async () => {
      const { panel } = await openForm('en');
      await fillValid(panel);
      await fill(panel, 'name', '\u200b ');
      await click(panel, 'Send ticket');
      await waitForElement(panel, '.reference');
      assert.strictEqual((await mock.stats()).tickets, 1);
    });

    it('uses the contract’s limits', async () => {
      const { panel } = await openForm('en');
      await fill(panel, 'subject', 'x'.repeat(201));
      await waitForText(panel, 'This is too long: at most 200 characters (now 201).');
      await fill(panel, 'subject', 'å'.normalize('NFD').repeat(200));
      assert.strictEqual(deepQuery(panel, '#subject-error') === null, true);
    });
  });

  it('keeps the draft and its key when the server fails, and sends it once when reopened', async () => {
    restore = stubFetch({
      method: 'POST',
      path: /\/tickets$/,
      respond: () => errorResponse(503, 'unavailable'),
    });
    const first = await openForm();
    await fillValid(first.panel);
    const key = storedDraft().idempotencyKey;
    await click(first.panel, 'Send ticket');
    await waitForText(first.panel, 'Your ticket could not be sent yet.');
    await waitForText(first.panel, 'Your ticket is saved in this browser');
    assert.include(storedDraft(), {
      subject: 'Cannot sign in',
      idempotencyKey: key,
      queued: true,
    });
    assert.strictEqual(first.detailsOf('opin-error')[0]?.code, 'unavailable');
    restore();
    restore = undefined;
    first.remove();

    const second = await mountPanel({ locale: 'en' });
    await waitForElement(second.panel, '.reference');
    assert.strictEqual((await mock.stats()).tickets, 1);
    assert.strictEqual(localStorage.getItem(draftKey), null);
  });

  it('sends a ticket queued offline once the browser is back online, while the form is open', async () => {
    restore = stubFetch({
      method: 'POST',
      path: /\/tickets$/,
      respond: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const { panel } = await openForm();
    await fillValid(panel);
    await click(panel, 'Send ticket');
    await waitForText(panel, 'Your ticket is saved in this browser');
    assert.strictEqual((await mock.stats()).tickets, 0);
    restore();
    restore = undefined;

    window.dispatchEvent(new Event('online'));
    await waitForElement(panel, '.reference');
    assert.strictEqual((await mock.stats()).tickets, 1);
    assert.strictEqual(localStorage.getItem(draftKey), null);
  });

  it('restores the draft after a reload, offered from the start step', async () => {
    const first = await openForm();
    await fill(first.panel, 'subject', 'Half written');
    first.remove();
    const second = await mountPanel({ locale: 'en' });
    await waitForText(second.panel, 'You have a ticket you have not sent yet.');
    await click(second.panel, 'Continue writing');
    await waitForElement(second.panel, '#subject');
    assert.strictEqual(valueOf(second.panel, 'subject'), 'Half written');
  });

  it('files one ticket however often Send is pressed', async () => {
    const { panel } = await openForm();
    await fillValid(panel);
    const send = deepQueryAll<HTMLButtonElement>(panel, 'button[type="submit"]')[0];
    send?.click();
    send?.click();
    send?.click();
    await waitForElement(panel, '.reference');
    assert.strictEqual((await mock.stats()).tickets, 1);
  });

  it('says when to try again after too many tickets, and keeps the draft', async () => {
    restore = stubFetch({
      method: 'POST',
      path: /\/tickets$/,
      respond: () => errorResponse(429, 'rate_limited', { headers: { 'Retry-After': '120' } }),
    });
    const { panel } = await openForm();
    await fillValid(panel);
    await click(panel, 'Send ticket');
    await waitForText(panel, 'Too many tickets have been sent from this network.');
    await waitForText(panel, 'Please try again after');
    assert.strictEqual(storedDraft().subject, 'Cannot sign in');
  });

  it('shows the server’s field errors on their fields', async () => {
    restore = stubFetch({
      method: 'POST',
      path: /\/tickets$/,
      respond: () =>
        errorResponse(400, 'validation_failed', {
          details: [{ path: ['contact', 'email'], message: 'Invalid email.' }],
        }),
    });
    const { panel } = await openForm();
    await fillValid(panel);
    await click(panel, 'Send ticket');
    await waitForText(panel, 'Check this field.');
    assert.strictEqual(deepQuery(panel, '#email')?.getAttribute('aria-invalid'), 'true');
    await waitUntil(() => deepActiveElement()?.id === 'email');
  });

  it('keeps the input when the learner switches the language mid-form', async () => {
    const { panel, detailsOf } = await openForm('en');
    await fill(panel, 'subject', 'Kirjautuminen ei onnistu');
    await fill(panel, 'description', 'Sivu latautuu uudelleen.');
    await click(panel, 'Suomi');
    await waitForText(panel, 'Kirjoita tukipyyntö');
    await waitForText(panel, 'Aihe: En pääse kirjautumaan Opin.fi-palveluun');
    assert.strictEqual(valueOf(panel, 'subject'), 'Kirjautuminen ei onnistu');
    assert.strictEqual(valueOf(panel, 'description'), 'Sivu latautuu uudelleen.');
    assert.deepEqual(detailsOf('opin-locale-change'), [{ locale: 'fi' }]);
    assert.strictEqual(
      (deepQuery(panel, '#language-fi') as HTMLInputElement | null)?.checked,
      true,
    );
  });

  it('keeps the chosen ticket language when the UI language changes', async () => {
    const { panel } = await openForm('en');
    deepQuery(panel, '#language-sv')?.click();
    await waitForText(panel, 'will answer you in Swedish');
    await click(panel, 'Suomi');
    await waitForText(panel, 'vastaa sinulle ruotsiksi');
    assert.strictEqual(
      (deepQuery(panel, '#language-sv') as HTMLInputElement | null)?.checked,
      true,
    );
  });

  it('works without storage and says that drafts are not kept', async () => {
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem');
    Object.defineProperty(Storage.prototype, 'setItem', {
      configurable: true,
      value: () => {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    restore = () => Object.defineProperty(Storage.prototype, 'setItem', setItem ?? {});
    const { panel } = await openForm();
    await fillValid(panel);
    await waitForText(panel, 'Your browser does not let us save drafts');
    assert.strictEqual(valueOf(panel, 'subject'), 'Cannot sign in');
    await click(panel, 'Send ticket');
    await waitForElement(panel, '.reference');
  });

  it('keeps the honeypot away from people and assistive technology', async () => {
    const { panel } = await openForm();
    const website = await waitForElement<HTMLInputElement>(panel, '#website');
    assert.strictEqual(website.tabIndex, -1);
    assert.strictEqual(website.autocomplete, 'off');
    assert.strictEqual(website.parentElement?.getAttribute('aria-hidden'), 'true');
    assert.isBelow(website.getBoundingClientRect().right, 0);
  });
});
