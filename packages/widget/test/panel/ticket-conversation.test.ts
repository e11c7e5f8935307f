/// <reference types="mocha" />
/**
 * The ticket reads as a conversation (issue 17): one list, oldest first, that opens with the
 * learner's own message; desk replies labelled with the desk; hand-offs and status changes as
 * notes between the bubbles; the view at the newest entry, following new ones only while the
 * learner is there; a reply box labelled for whom it goes to; the reference on one line, with a
 * copy button that announces.
 */
import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { deskActions, fileTicket, resetMock } from '../support/mock-api.js';
import { click } from './support/actions.js';
import { deepQuery, deepQueryAll, settle, waitForElement, waitForText } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';
import { ticketWithHistory } from './support/scenarios.js';

/** The thread as `kind: author: text` (bubbles) and `note: text`, whitespace collapsed. */
function thread(panel: Element): string[] {
  const text = (el: Element | null | undefined) => el?.textContent.replace(/\s+/g, ' ').trim();
  return deepQueryAll(panel, '.thread > li').map((item) => {
    if (item.classList.contains('note')) return `note: ${text(item.querySelector('span'))}`;
    const kind = item.classList.contains('learner') ? 'learner' : 'desk';
    const subject = item.querySelector('.subject');
    const body = text(item.querySelector('.body'));
    const said = subject ? `${text(subject)} / ${body}` : body;
    return `${kind}: ${text(item.querySelector('.meta strong'))}: ${said}`;
  });
}

/** Resolves after the browser has rendered twice, so intersection observers have reported. */
function afterRendering(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))),
  );
}

async function openTicket(locale: 'fi' | 'sv' | 'en', id: string, accessToken: string) {
  const mounted = await mountPanel({ locale });
  mounted.panel.navigate({ name: 'ticket', id, accessToken });
  await waitForElement(mounted.panel, '.thread > li');
  return mounted;
}

describe('the ticket as a conversation', () => {
  beforeEach(() => resetMock());
  afterEach(() => {
    unmountAll();
    localStorage.clear();
  });

  it('is one list, oldest first, opened by the learner’s message, with notes between replies', async () => {
    const { ticket, accessToken } = await ticketWithHistory('en');
    const { panel } = await openTicket('en', ticket.id, accessToken);
    await waitForText(panel, 'Opin.fi support marked your ticket as resolved');
    assert.deepEqual(thread(panel), [
      'learner: You: Login loop / It loops.',
      'note: Received by Opin.fi support',
      'note: Opin.fi support asked Aalto University to take over your ticket',
      'note: Aalto University could not take it; Opin.fi support keeps your ticket',
      'note: Opin.fi support asked University of Helsinki to help',
      'note: University of Helsinki is helping Opin.fi support',
      'note: University of Helsinki has answered Opin.fi support, who will reply to you',
      'desk: Opin.fi support: Please try again now.',
      'learner: You: It works, thanks!',
      'note: Opin.fi support marked your ticket as resolved',
    ]);
    // Only the thread's list: no separate timeline or message list, no "Subject" fact.
    assert.strictEqual(deepQueryAll(panel, 'opin-support-ticket-step >> ol').length, 1);
    const first = deepQuery(panel, '.thread > li');
    assert.strictEqual(first?.querySelector('bdi')?.getAttribute('lang'), 'en');
    // Every bubble says who wrote it and when, as text a screen reader reads.
    for (const bubble of deepQueryAll(panel, '.thread > li.message')) {
      assert.notStrictEqual(bubble.querySelector('.meta strong')?.textContent.trim(), '');
      const time = bubble.querySelector('.meta time');
      assert.isFalse(Number.isNaN(Date.parse(time?.getAttribute('datetime') ?? '')));
    }
  });

  it('puts a hand-off that happens live between the replies it came between', async () => {
    const { ticket, accessToken } = await fileTicket({
      language: 'fi',
      subject: 'Arvosana puuttuu',
      description: 'Arvosanani ei näy.',
    });
    const { panel } = await openTicket('fi', ticket.id, accessToken);
    await deskActions.reply('opin', ticket.id, 'Selvitämme asiaa.');
    await waitForText(panel, 'Selvitämme asiaa.');
    await deskActions.handOff('opin', ticket.id, { to: 'helsinki', mode: 'consult' });
    await deskActions.reply('opin', ticket.id, 'Kysyimme Helsingin yliopistolta.');
    await waitForText(panel, 'Kysyimme Helsingin yliopistolta.');
    const entries = thread(panel);
    const between = entries.slice(
      entries.indexOf('desk: Opin.fi-tuki: Selvitämme asiaa.') + 1,
      entries.indexOf('desk: Opin.fi-tuki: Kysyimme Helsingin yliopistolta.'),
    );
    assert.strictEqual(entries[0], 'learner: Sinä: Arvosana puuttuu / Arvosanani ei näy.');
    assert.include(between, 'note: Opin.fi-tuki pyysi, että Helsingin yliopisto auttaisi asiassa');
  });

  it('opens at the newest entry, and follows new replies only while the learner is there', async () => {
    const { ticket, accessToken } = await ticketWithHistory('en');
    const mounted = await mountPanel({ locale: 'en' });
    const scroller = mounted.container;
    scroller.style.cssText = 'block-size: 320px; overflow: auto';
    mounted.panel.navigate({ name: 'ticket', id: ticket.id, accessToken });
    const newestInView = () => {
      const newest = deepQueryAll(mounted.panel, '.thread > li').at(-1);
      if (!newest) return false;
      const box = scroller.getBoundingClientRect();
      const rect = newest.getBoundingClientRect();
      return rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
    };
    await waitForText(mounted.panel, 'Opin.fi support marked your ticket as resolved');
    await waitUntil(newestInView, 'the ticket did not open at its newest entry');
    assert.isAbove(scroller.scrollTop, 0);

    await afterRendering();
    await deskActions.reply('opin', ticket.id, 'Glad it works.');
    await waitForText(mounted.panel, 'Glad it works.');
    await waitUntil(newestInView, 'a reply that arrived at the bottom was not followed');

    scroller.scrollTop = 0;
    await afterRendering();
    await deskActions.reply('opin', ticket.id, 'One more thing.');
    await waitForText(mounted.panel, 'One more thing.');
    await settle(mounted.panel);
    await afterRendering();
    assert.strictEqual(scroller.scrollTop, 0, 'the learner who scrolled up was moved');
  });

  it('labels the reply box with the desk the reply goes to', async () => {
    const { ticket, accessToken } = await fileTicket({ language: 'fi' });
    for (const [locale, label] of [
      ['en', 'Reply to Opin.fi support'],
      ['fi', 'Vastaa tukipyyntöön – Opin.fi-tuki saa viestisi'],
      ['sv', 'Svara Opin.fi-supporten'],
    ] as const) {
      const { panel } = await openTicket(locale, ticket.id, accessToken);
      await waitForText(panel, label);
      const box = deepQuery(panel, 'textarea#reply') as HTMLTextAreaElement | null;
      const labels = Array.from(box?.labels ?? []).map((l) => l.textContent.trim());
      assert.deepEqual(labels, [label]);
      unmountAll();
    }
  });

  it('keeps the reference on one line, copies it and says so', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => Promise.resolve(void written.push(text)) },
    });
    try {
      const { ticket, accessToken } = await fileTicket({ language: 'en' });
      const mounted = await openTicket('en', ticket.id, accessToken);
      mounted.container.style.inlineSize = '12em';
      const reference = await waitForElement(mounted.panel, 'h2 .reference');
      assert.strictEqual(reference.textContent, ticket.id);
      assert.strictEqual(reference.getClientRects().length, 1);
      const line = parseFloat(getComputedStyle(reference).lineHeight);
      assert.isAtMost(reference.getBoundingClientRect().height, line * 1.5);

      await click(mounted.panel, 'Copy');
      await waitUntil(() => written.length === 1, 'nothing was copied');
      assert.deepEqual(written, [ticket.id]);
      const status = deepQuery(mounted.panel, '[role="status"]');
      await waitUntil(() => status?.textContent.includes('Reference copied.'), 'not announced');
      const button = deepQuery(mounted.panel, 'opin-support-ticket-step >> .heading button');
      assert.strictEqual(button?.getAttribute('aria-describedby'), 'reference');
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('selects the reference where the clipboard cannot be used', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      const { ticket, accessToken } = await fileTicket({ language: 'sv' });
      const { panel } = await openTicket('sv', ticket.id, accessToken);
      await click(panel, 'Kopiera');
      await waitUntil(
        () => getSelection()?.toString() === ticket.id,
        'the reference was not selected',
      );
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('passes axe with bubbles, notes and the copy button', async () => {
    const { ticket, accessToken } = await ticketWithHistory('sv');
    const { panel } = await openTicket('sv', ticket.id, accessToken);
    await waitForElement(panel, '.thread > li.message.desk');
    await settle(panel);
    await expect(panel).to.be.accessible();
  });
});
