/**
 * Use case 4, from Hanken's portal: the learner's matter belongs to Opin.fi support. Hanken
 * receives the ticket and either consults Opin.fi support (waits for its internal answer, then
 * answers the learner) or transfers the ticket to Opin.fi support (which answers the learner).
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';
import { dueIn, fileWithOneAnswer, startOfAnHour } from './support/who-answers.js';

const e2e = useE2E();

describe('Use case 4: an institution portal hands a matter to Opin.fi support', () => {
  it('consult: Hanken asks Opin.fi support, then answers the Swedish-speaking learner itself', async () => {
    await startOfAnHour(e2e);
    const learner = await e2e.openPortal('portal-institution/hanken.html');
    await learner.open('sv');
    await learner.chooseTopic('Jag kan inte logga in på Opin.fi');
    await expect
      .poll(() => learner.topicPreview())
      .toEqual([
        'Svenska handelshögskolan svarar dig på svenska.',
        expect.stringMatching(dueIn.sv),
      ]);
    const { id, card } = await fileWithOneAnswer(e2e, learner, {
      subject: 'Inloggningen på Opin.fi avbryts',
      description: 'Efter Suomi.fi-identifikationen kommer jag tillbaka till startsidan.',
      email: 'oskar.studerande@example.fi',
    });
    await expect
      .poll(() => learner.timeline())
      .toEqual(['Ärendet togs emot av Svenska handelshögskolan']);

    const desk = await e2e.openConsole('hanken');
    await desk.openTicket(id);
    await desk.openPlannedHandoff();
    await expect
      .poll(() => learner.timeline())
      .toContain('Svenska handelshögskolan bad Opin.fi-supporten om hjälp');

    await desk.play('opin');
    await desk.openTicket(id);
    await desk.accept();
    const internal = 'Intern: en känd störning i Suomi.fi-inloggningen, åtgärdad kl. 14.';
    await expect
      .poll(() => desk.role())
      .toBe('You are consulting for Hanken School of Economics: answer with an internal note.');
    await desk.addInternalNote(internal);
    await expect
      .poll(() => learner.timeline())
      .toEqual([
        'Ärendet togs emot av Svenska handelshögskolan',
        'Svenska handelshögskolan bad Opin.fi-supporten om hjälp',
        'Opin.fi-supporten hjälper Svenska handelshögskolan',
        'Opin.fi-supporten har svarat Svenska handelshögskolan, som nu svarar dig',
      ]);

    await desk.play('hanken');
    await desk.openTicket(id);
    const answer = 'Hej Oskar! Felet i inloggningen är åtgärdat, försök logga in igen.';
    await desk.writeToLearner(answer);
    await desk.resolve();
    await expect.poll(() => learner.status()).toBe('Löst');
    expect(await learner.messages()).toEqual([`Svenska handelshögskolan: ${answer}`]);
    // Answered and resolved: the card says who answered, and promises no time any more.
    expect(await learner.planCard('ticket')).toEqual([card[0]]);
    expect(await learner.timeline()).toEqual([
      'Ärendet togs emot av Svenska handelshögskolan',
      'Svenska handelshögskolan bad Opin.fi-supporten om hjälp',
      'Opin.fi-supporten hjälper Svenska handelshögskolan',
      'Opin.fi-supporten har svarat Svenska handelshögskolan, som nu svarar dig',
      'Svenska handelshögskolan markerade ditt ärende som löst',
    ]);
    expect(await learner.visibleText()).not.toContain(internal);
  });

  it('transfer: Hanken hands a privacy request to Opin.fi support, which answers in English', async () => {
    await startOfAnHour(e2e);
    const learner = await e2e.openPortal('portal-institution/hanken.html', { lang: 'en' });
    await learner.open('en');
    await learner.chooseTopic('Personal data and privacy');
    await expect
      .poll(() => learner.topicPreview())
      .toEqual([
        'Hanken School of Economics passes your ticket on, and Opin.fi support will answer you in English.',
        expect.stringMatching(dueIn.en),
      ]);
    const { id, card } = await fileWithOneAnswer(e2e, learner, {
      subject: 'Delete my Opin.fi profile data',
      description: 'Please delete the saved searches and contact details in my Opin.fi profile.',
      email: 'sam.exchange@example.org',
    });
    await expect.poll(() => learner.timeline()).toEqual(['Received by Hanken School of Economics']);

    const desk = await e2e.openConsole('hanken');
    await desk.openTicket(id);
    await desk.openPlannedHandoff();
    await expect
      .poll(() => learner.timeline())
      .toContain('Hanken School of Economics is handing your ticket to Opin.fi support');

    await desk.play('opin');
    await desk.openTicket(id);
    await desk.accept();
    await expect
      .poll(() => learner.planCard('ticket'))
      .toEqual(['Opin.fi support will answer you in English.', card[1]]);
    const answer = 'We have deleted your saved searches and contact details from Opin.fi.';
    await expect.poll(() => desk.role()).toBe('You own this ticket: you answer the learner.');
    await desk.writeToLearner(answer);
    await desk.resolve();

    await expect.poll(() => learner.status()).toBe('Resolved');
    expect(await learner.messages()).toEqual([`Opin.fi support: ${answer}`]);
    expect(await learner.timeline()).toEqual([
      'Received by Hanken School of Economics',
      'Hanken School of Economics asked Opin.fi support to take over your ticket',
      'Opin.fi support took over your ticket',
      'Opin.fi support marked your ticket as resolved',
    ]);
    const ticket = await e2e.deskApi('opin').getTicket(id);
    expect(ticket).toMatchObject({ origin: 'hanken', owner: 'opin', language: 'en' });
  });
});
