/**
 * The launcher's badge for a new reply (issue 17, docs/design/widget.md "A returning learner"):
 * with the real panel loader and the in-page mock API. A visitor whose browser remembers a
 * ticket of this API sees the launcher marked when a desk replies, and hears it in the launcher's
 * name; reading the reply clears the mark; a visitor who has none gets no request at all.
 */
import { assert, fixture, html } from '@open-wc/testing';
import type { OpinSupportElement } from '../../src/opin-support.js';
import { panelLoader, storedTicketsKey } from '../../src/panel-loader.js';
import { createSafeStorage } from '../../src/panel/stores/safe-storage.js';
import { TicketStore, ticketsKey } from '../../src/panel/stores/ticket-store.js';
import '../../src/define.js';
import { dialogOf, launcherOf } from '../support/host.js';
import {
  apiBase,
  deskActions,
  fileTicket,
  recordRequests,
  resetMock,
  startMockApi,
} from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';

const store = () => new TicketStore(createSafeStorage(), apiBase);

/** Files a ticket and remembers it in this browser, as the form does. */
async function rememberedTicket(language: 'fi' | 'sv' | 'en') {
  const created = await fileTicket({ language });
  const { id, createdAt } = created.ticket;
  store().remember({ id, accessToken: created.accessToken, createdAt });
  return created.ticket;
}

const marked = (element: OpinSupportElement) => launcherOf(element).classList.contains('new-reply');

/** The mock API's event streams open now. */
async function openStreams(): Promise<number> {
  return (await startMockApi()).streamStats().open;
}

async function mount(lang: string, mode = 'launcher'): Promise<OpinSupportElement> {
  return fixture<OpinSupportElement>(
    html`<opin-support api-base=${apiBase} lang=${lang} mode=${mode}></opin-support>`,
  );
}

describe('the reply badge', () => {
  beforeEach(async () => {
    await resetMock();
    localStorage.clear();
  });

  it('keys stored tickets as the panel does, so the launcher finds them', () => {
    for (const base of [
      apiBase,
      '/api/v1',
      'https://tuki.example/api/v1/',
      'http://[::1]:4010/x',
    ]) {
      assert.strictEqual(storedTicketsKey(base), ticketsKey(base), base);
    }
  });

  // First in this file: later tests load the panel's code, which the page then has cached.
  it('loads nothing when this browser remembers no ticket of this API', async () => {
    new TicketStore(createSafeStorage(), 'https://other.example/api/v1').remember({
      id: 'OPN-OTHER',
      accessToken: 'token',
      createdAt: new Date().toISOString(),
    });
    const requests = await recordRequests();
    const element = await mount('sv');
    assert.isUndefined(panelLoader.watch(element), 'the launcher would load the watcher');
    // Answered after anything the page asked before it, through the same service worker.
    await fetch(`${apiBase}/institutions`);
    requests.stop();
    assert.deepEqual(requests.paths, ['/api/v1/institutions']);
    assert.isFalse(marked(element));
  });

  it('marks the launcher when a desk replies, and names it in the UI language', async () => {
    const ticket = await rememberedTicket('sv');
    const element = await mount('sv');
    const launcher = launcherOf(element);
    await waitUntil(async () => (await openStreams()) === 1, 'the ticket is not followed');
    assert.isFalse(marked(element), 'marked before any reply');
    assert.isNull(launcher.ariaLabel);

    await deskActions.reply('opin', ticket.id, 'Hej! Prova en annan webbläsare.');
    await waitUntil(() => marked(element), 'the launcher is not marked');
    await waitUntil(() => launcher.ariaLabel !== null, 'the launcher is not named');
    assert.strictEqual(launcher.ariaLabel, 'Behöver du hjälp? Nytt svar');

    element.lang = 'fi';
    await waitUntil(
      () => launcher.ariaLabel === 'Tarvitsetko apua? Uusi vastaus',
      `the name did not follow the language: ${launcher.ariaLabel}`,
    );
    assert.strictEqual(launcher.textContent, 'Tarvitsetko apua?');
  });

  it('clears the mark once the learner has read the reply and closed the panel', async () => {
    const ticket = await rememberedTicket('en');
    await deskActions.reply('opin', ticket.id, 'Try another browser.');
    const element = await mount('en');
    await waitUntil(() => marked(element), 'a reply from before the visit is not marked');

    element.show();
    element.showTicket(ticket.id, store().list()[0]?.accessToken ?? '');
    await waitUntil(
      () => (store().list()[0]?.seenMessages ?? 0) >= 1,
      'the ticket view did not record the reply as seen',
    );
    assert.isTrue(marked(element), 'cleared before the panel closed');
    element.hide();
    await waitUntil(() => !marked(element), 'the mark stayed after the reply was read');
    assert.isNull(launcherOf(element).ariaLabel);
  });

  it('keeps a reply new that came while the dialog was closed on the ticket view', async () => {
    const ticket = await rememberedTicket('fi');
    const element = await mount('fi');
    await waitUntil(async () => (await openStreams()) === 1, 'the ticket is not followed');
    element.show();
    element.showTicket(ticket.id, store().list()[0]?.accessToken ?? '');
    // The ticket view follows the ticket too.
    await waitUntil(async () => (await openStreams()) === 2, 'the ticket view is not open');
    element.hide();
    await deskActions.reply('opin', ticket.id, 'Hei! Kokeile toista selainta.');
    await waitUntil(() => marked(element), 'the reply counted as read behind the closed dialog');
    assert.strictEqual(store().list()[0]?.seenMessages ?? 0, 0);

    element.show();
    await waitUntil(() => (store().list()[0]?.seenMessages ?? 0) === 1, 'not read on opening');
    element.hide();
    await waitUntil(() => !marked(element), 'the mark stayed after the reply was read');
  });

  it('follows a ticket filed during the visit, which began with none', async () => {
    const element = await mount('en');
    assert.isUndefined(panelLoader.watch(element));
    element.show();
    await waitUntil(() => dialogOf(element).querySelector('opin-support-panel'), 'no panel');
    // As the form does once the server has accepted the ticket (`ticket-submission.ts`).
    const ticket = await rememberedTicket('en');
    element.dispatchEvent(
      new CustomEvent('opin-ticket-created', { bubbles: true, composed: true }),
    );
    await waitUntil(async () => (await openStreams()) === 1, 'the new ticket is not followed');
    element.hide();
    await deskActions.reply('opin', ticket.id, 'We are on it.');
    await waitUntil(() => marked(element), 'the launcher is not marked');
    element.remove();
    await waitUntil(async () => (await openStreams()) === 0, 'the stream stayed open');
  });

  it('stops following the ticket when the element leaves the document, and again on return', async () => {
    await rememberedTicket('fi');
    const element = await mount('fi');
    await waitUntil(async () => (await openStreams()) === 1, 'the ticket is not followed');
    const parent = element.parentElement;
    element.remove();
    await waitUntil(async () => (await openStreams()) === 0, 'the stream stayed open');
    parent?.append(element);
    await waitUntil(async () => (await openStreams()) === 1, 'not followed again on return');
    element.remove();
    await waitUntil(async () => (await openStreams()) === 0, 'the stream stayed open');
  });

  it('leaves an inline panel unmarked: its start step shows the reply', async () => {
    const ticket = await rememberedTicket('fi');
    await deskActions.reply('opin', ticket.id, 'Hei!');
    const element = await mount('fi', 'inline');
    const watched = panelLoader.watch(element);
    assert.isDefined(watched, 'a remembered ticket is not found');
    await watched;
    assert.isFalse(marked(element));
    assert.strictEqual(await openStreams(), 0);
  });
});
