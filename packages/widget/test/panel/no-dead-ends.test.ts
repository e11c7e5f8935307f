/// <reference types="mocha" />
/**
 * No dead ends (issue 17): an institution topic can go on without knowing the institution, a
 * learner who cannot reach the support service is shown another way, an article that helped
 * leads somewhere, and the status region stops saying "Sending…" once sending is over.
 */
import { assert } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { deskActions, fileTicket, resetMock } from '../support/mock-api.js';
import { choose, click, fill } from './support/actions.js';
import {
  deepActiveElement,
  deepQuery,
  ownText,
  waitForElement,
  waitForText,
} from './support/dom.js';
import { errorResponse, stubFetch } from './support/fetch-stub.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';
import { articleIn, topicIn } from './support/scenarios.js';

/** The polite status region's text, whitespace collapsed. */
function statusText(panel: Element): string {
  const region = deepQuery(panel, '[role="status"]');
  if (!region) throw new Error('no status region');
  return region.textContent.replace(/\s+/g, ' ').trim();
}

async function fillValid(panel: Element): Promise<void> {
  await fill(panel, 'subject', 'Cannot sign in');
  await fill(panel, 'description', 'The page loops.');
  await fill(panel, 'email', 'learner@example.fi');
}

describe('no dead ends', () => {
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

  it('offers "my institution is not listed / I don’t know", which Opin.fi support answers', async () => {
    const mounted = await mountPanel({ locale: 'en' });
    const { panel } = mounted;
    await click(panel, 'Credits, grades and certificates');
    const select = await waitForElement<HTMLSelectElement>(panel, '#institution');
    const last = select.options[select.options.length - 1];
    assert.strictEqual(last?.textContent.trim(), 'My institution is not listed / I don’t know');
    await choose(panel, 'institution', last?.value ?? '');
    await waitForText(panel, 'Opin.fi support will answer you in English.');
    await click(panel, 'Write to support');
    await fillValid(panel);
    await click(panel, 'Send ticket');
    await waitForElement(panel, '.reference');
    assert.deepInclude(mounted.detailsOf('opin-ticket-created')[0], {
      receivingDesk: 'opin',
      answeringDesk: 'opin',
    });
    await waitForText(panel, 'Opin.fi support will answer you in English');
  });

  it('keeps "I don’t know" over the page’s preselected institution, in Finnish', async () => {
    const { panel } = await mountPanel({ locale: 'fi', institution: 'helsinki' });
    panel.navigate({ name: 'topic', topic: await topicIn('fi', 'credits-and-grades') });
    await waitForText(panel, 'ja Helsingin yliopisto vastaa sinulle suomeksi.');
    await choose(panel, 'institution', '?');
    await waitForText(panel, 'Opin.fi-tuki vastaa sinulle suomeksi.');
    await click(panel, 'Kirjoita tukipyyntö');
    await waitForText(panel, 'Tietosuoja: tekstisi ja yhteystietosi näkyvät vain');
    await waitForText(panel, '(Opin.fi-tuki)');
  });

  it('opens the form of a prefilled institution topic once the learner has said "I don’t know"', async () => {
    const { panel, handle } = await mountPanel({ locale: 'en' });
    panel.navigate({ name: 'topic', topic: await topicIn('en', 'credits-and-grades') });
    await choose(panel, 'institution', '?');
    await waitForText(panel, 'Opin.fi support will answer you');
    panel.navigate({ name: 'start' });
    handle.run({ kind: 'prefill', fields: { topic: 'credits-and-grades', subject: 'Grade' } });
    await waitForElement(panel, 'opin-support-form-step >> #subject');
    await waitForText(panel, 'Opin.fi support will answer you');
  });

  it('shows another way to reach support when the topics cannot be loaded: Opin.fi’s page by default', async () => {
    restore = stubFetch({
      method: 'GET',
      path: /\/topics$/,
      respond: () => errorResponse(503, 'unavailable'),
    });
    const { panel } = await mountPanel({ locale: 'en' });
    const link = await waitForElement<HTMLAnchorElement>(panel, '.fallback-contact a');
    // Opin.fi support's page in the UI language.
    assert.strictEqual(link.href, 'https://opin.fi/en/support');
    assert.strictEqual(link.textContent.trim(), 'opin.fi/en/support');
    await waitForText(panel, 'If the problem continues, you can also reach support here:');
  });

  it('shows the page’s fallback contact, an e-mail address or an https page, never another scheme', async () => {
    restore = stubFetch({
      method: 'GET',
      path: /\/topics$/,
      respond: () => errorResponse(503, 'unavailable'),
    });
    const email = await mountPanel({ locale: 'sv', fallbackContact: 'tuki@example.fi' });
    const mailto = await waitForElement<HTMLAnchorElement>(email.panel, '.fallback-contact a');
    assert.strictEqual(mailto.href, 'mailto:tuki@example.fi');
    assert.strictEqual(mailto.textContent.trim(), 'tuki@example.fi');
    await waitForText(email.panel, 'Om problemet fortsätter kan du också nå supporten här:');

    const page = await mountPanel({ locale: 'fi', fallbackContact: 'https://example.fi/apua' });
    const https = await waitForElement<HTMLAnchorElement>(page.panel, '.fallback-contact a');
    assert.strictEqual(https.href, 'https://example.fi/apua');
    assert.strictEqual(https.textContent.trim(), 'example.fi/apua');

    const hostile = await mountPanel({ locale: 'en', fallbackContact: 'javascript:alert(1)' });
    const safe = await waitForElement<HTMLAnchorElement>(hostile.panel, '.fallback-contact a');
    assert.strictEqual(safe.href, 'https://opin.fi/en/support');
  });

  it('shows another way to reach support when the ticket view cannot reach the service, in Swedish', async () => {
    const { ticket, accessToken } = await fileTicket({ language: 'sv', subject: 'Vitsord' });
    restore = stubFetch({
      method: 'GET',
      path: /\/tickets\/[^/]+\/events$/,
      respond: () => errorResponse(404, 'not_found'),
    });
    const { panel, handle } = await mountPanel({ locale: 'sv' });
    handle.run({ kind: 'showTicket', id: ticket.id, accessToken });
    const link = await waitForElement<HTMLAnchorElement>(
      panel,
      'opin-support-ticket-step >> .fallback-contact a',
    );
    assert.strictEqual(link.href, 'https://opin.fi/sv/stod');
  });

  it('shows another way to reach support when the ticket cannot be sent, and stops saying "Sending"', async () => {
    restore = stubFetch({
      method: 'POST',
      path: /\/tickets$/,
      respond: () => errorResponse(503, 'unavailable'),
    });
    const { panel } = await mountPanel({ locale: 'en', fallbackContact: 'help@example.fi' });
    panel.navigate({ name: 'form', topic: await topicIn('en', 'sign-in') });
    await waitForElement(panel, 'opin-support-form-step >> .notice');
    await fillValid(panel);
    await click(panel, 'Send ticket');
    await waitForText(panel, 'Your ticket could not be sent yet.');
    const link = await waitForElement<HTMLAnchorElement>(
      panel,
      '[role="alert"] .fallback-contact a',
    );
    assert.strictEqual(link.href, 'mailto:help@example.fi');
    await waitUntil(() => !statusText(panel).includes('Sending'), 'the status still says sending');
    assert.strictEqual(statusText(panel), '');
  });

  it('says "Sending your ticket…" while sending, and nothing once the ticket is sent', async () => {
    const { panel } = await mountPanel({ locale: 'en' });
    panel.navigate({ name: 'form', topic: await topicIn('en', 'sign-in') });
    await waitForElement(panel, 'opin-support-form-step >> .notice');
    await fillValid(panel);
    let heardSending = false;
    const region = deepQuery(panel, '[role="status"]');
    const observer = new MutationObserver(() => {
      heardSending ||= region?.textContent.includes('Sending your ticket…') ?? false;
    });
    if (region) observer.observe(region, { childList: true, subtree: true, characterData: true });
    await click(panel, 'Send ticket');
    await waitForElement(panel, '.reference');
    observer.disconnect();
    assert.isTrue(heardSending, 'the status region never said that the ticket was being sent');
    await waitUntil(
      () => statusText(panel) === '',
      `the status region says "${statusText(panel)}"`,
    );
  });

  it('leads back to the topics after "Yes, thank you", with focus on the way on', async () => {
    const mounted = await mountPanel({ locale: 'fi' });
    const { panel } = mounted;
    const article = await articleIn('fi', 'sign-in-suomi-fi', 'sign-in');
    panel.navigate({ name: 'article', article, topic: await topicIn('fi', 'sign-in') });
    await click(panel, 'Kyllä, kiitos');
    await waitForText(panel, 'Kiitos! Hienoa, että ohjeesta oli apua.');
    const back = await waitForElement<HTMLButtonElement>(panel, '.solved button');
    assert.strictEqual(ownText(back), 'Takaisin aiheisiin');
    await waitUntil(() => deepActiveElement() === back, 'focus did not move to the way on');
    await click(panel, 'Takaisin aiheisiin');
    await waitForElement(panel, 'opin-support-start-step >> button.choice');
    assert.lengthOf(mounted.detailsOf('opin-self-served'), 1);
  });

  it('announces a Finnish timeline update as one sentence ending in one full stop', async () => {
    const created = await fileTicket({ language: 'fi' });
    const { id } = created.ticket;
    const { panel } = await mountPanel({ locale: 'fi' });
    panel.navigate({ name: 'ticket', id, accessToken: created.accessToken });
    await waitForText(panel, 'Opin.fi-tuki otti tukipyyntösi vastaan');
    await deskActions.handOff('opin', id, { to: 'aalto', mode: 'transfer' });
    await waitForText(panel, 'Opin.fi-tuki on pyytänyt, että Aalto-yliopisto ottaisi');
    await deskActions.decline('aalto', id);
    const expected =
      'Tukipyyntösi päivittyi: Aalto-yliopisto ei voinut ottaa tukipyyntöäsi vastaan, joten Opin.fi-tuki jatkaa sen käsittelyä.';
    await waitUntil(() => statusText(panel) === expected, `the status says "${statusText(panel)}"`);
  });
});
