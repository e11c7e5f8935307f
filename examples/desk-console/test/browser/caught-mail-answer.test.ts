/**
 * "Answer by e-mail" with `pnpm demo`'s mail catcher: the form answers the newest caught e-mail
 * about the ticket (its Reply-To, `Re: ` + its subject) and says the support server's SMTP answer
 * in a live region — a refusal plainly, with its code.
 */
import { assert, expect, fixture, html } from '@open-wc/testing';
import { createDeskClient } from '@opin/support-sdk/desk';
import type { CaughtMailAnswerForm } from '../../src/components/caught-mail-answer-form.js';
import { defineConsoleElements } from '../../src/define.js';
import { caughtFor } from '../../src/desk-mail.js';
import type { ConsoleActionEvent } from '../../src/events.js';
import type { CaughtMailAnswer, SmtpAnswer } from '../../src/mail-catcher-client.js';
import type { ConsoleServices } from '../../src/services.js';
import { apiBase, fileTicket, resetConsole } from './support/console-page.js';
import { waitFor } from './support/wait.js';

describe('answering a caught e-mail', () => {
  beforeEach(resetConsole);
  afterEach(resetConsole);

  async function mountForm(answers: SmtpAnswer[]) {
    defineConsoleElements();
    const id = await fileTicket();
    const ticket = await createDeskClient({ baseUrl: apiBase, deskKey: 'dev-opin' }).getTicket(id);
    const inbox = caughtFor(
      [
        {
          id: '1',
          date: new Date().toISOString(),
          from: 'handoff@opin.fi',
          to: ['helpdesk@tuni.fi'],
          replyTo: `reply+${id}.x1@opin.fi`,
          subject: `[${id} #0123456789abcdef] Ilmoittautuminen ei onnistu`,
          text: 'Opin.fi-tuki siirtää sinulle tukipyynnön.',
          messageId: `<${id}.m1@opin.fi>`,
        },
      ],
      'helpdesk@tuni.fi',
    );
    const sent: CaughtMailAnswer[] = [];
    const services = {
      catcher: {
        base: 'http://127.0.0.1:4011',
        messages: () => Promise.resolve([]),
        answer: (answer: CaughtMailAnswer) => {
          sent.push(answer);
          return Promise.resolve(answers.shift() ?? { accepted: true, response: '250 OK' });
        },
      },
    } as unknown as ConsoleServices;
    const host = await fixture<HTMLElement>(
      html`<div
        @dc-action=${(event: ConsoleActionEvent) =>
          void event.action.perform(services).then(() => event.action.onSuccess?.())}
      >
        <dc-caught-mail-answer-form
          .ticket=${ticket}
          .deskEmail=${'helpdesk@tuni.fi'}
          .inbox=${inbox}
        ></dc-caught-mail-answer-form>
      </div>`,
    );
    const form = host.querySelector<CaughtMailAnswerForm>('dc-caught-mail-answer-form');
    if (!form) throw new Error('No form.');
    await form.updateComplete;
    return { id, host, form, sent };
  }

  async function answer(form: CaughtMailAnswerForm, text: string): Promise<HTMLElement> {
    const textarea = form.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (!textarea || !button) throw new Error('No reply text or button.');
    textarea.value = text;
    button.click();
    return waitFor(
      () => form.querySelector<HTMLElement>('[role="status"].mail-result p'),
      'the SMTP answer',
    );
  }

  it('shows whom it answers, and a refusal with its code in the live region', async () => {
    const refusal = '550 5.7.1 Not from the address of an e-mail desk.';
    const { id, host, form, sent } = await mountForm([
      { accepted: false, code: 550, response: refusal },
    ]);
    const headers = form.querySelector('.mail-headers')?.textContent.replace(/\s+/g, ' ') ?? '';
    assert.include(headers, `To reply+${id}.x1@opin.fi`);
    assert.include(headers, `Subject Re: [${id} #0123456789abcdef] Ilmoittautuminen ei onnistu`);

    const result = await answer(form, 'HYVÄKSY\nHei!');
    assert.deepEqual(sent, [
      { messageId: `<${id}.m1@opin.fi>`, from: 'helpdesk@tuni.fi', text: 'HYVÄKSY\nHei!' },
    ]);
    assert.equal(result.className, 'refused');
    assert.equal(
      result.textContent.replace(/\s+/g, ' ').trim(),
      `Refused by the support server (550): ${refusal}`,
    );
    // Kept for another try.
    assert.equal(form.querySelector('textarea')?.value, 'HYVÄKSY\nHei!');
    await expect(host).to.be.accessible();
  });

  it('says when the server accepted it, and clears the text', async () => {
    const { form } = await mountForm([{ accepted: true, response: '250 Applied' }]);
    const result = await answer(form, 'HYVÄKSY');
    assert.equal(result.className, 'accepted');
    assert.include(result.textContent, 'The support server accepted the e-mail: 250 Applied');
    assert.equal(form.querySelector('textarea')?.value, '');
  });
});
