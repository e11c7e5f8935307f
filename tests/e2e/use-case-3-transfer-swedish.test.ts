/**
 * Use case 3, in Swedish: a learner on the Opin.fi portal asks about a missing grade at Hanken,
 * which answers in Swedish. Opin.fi support transfers the ticket; Hanken accepts, becomes the
 * owner, answers the learner directly and resolves. The learner's timeline shows the hand-over,
 * then Hanken's answer — in Swedish throughout.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';
import { dueIn, fileWithOneAnswer, startOfAnHour } from './support/who-answers.js';

const e2e = useE2E();

describe('Use case 3 in Swedish: Opin.fi support transfers a question to a realtime institution', () => {
  it('shows the hand-over to Hanken, then Hanken answering the learner directly', async () => {
    await startOfAnHour(e2e);
    const learner = await e2e.openPortal('portal-opin/index.html', { lang: 'sv' });
    await learner.open('sv');
    await learner.chooseTopic('Studieprestationer, vitsord och intyg');
    await learner.chooseInstitution('Svenska handelshögskolan');
    await expect
      .poll(() => learner.topicPreview())
      .toEqual([
        'Opin.fi-supporten skickar ditt ärende vidare, och Svenska handelshögskolan svarar dig på svenska.',
        expect.stringMatching(dueIn.sv),
      ]);
    const { id, card } = await fileWithOneAnswer(e2e, learner, {
      subject: 'Vitsordet för Hållbar affärsverksamhet saknas',
      description: 'Jag avlade kursen i oktober men vitsordet syns inte i studieregistret.',
      email: 'elin.studerande@example.fi',
      name: 'Elin Studerande',
    });
    await expect.poll(() => learner.timeline()).toEqual(['Ärendet togs emot av Opin.fi-supporten']);

    const desk = await e2e.openConsole('opin');
    await desk.openTicket(id);
    await desk.openPlannedHandoff();
    await expect
      .poll(() => learner.timeline())
      .toEqual([
        'Ärendet togs emot av Opin.fi-supporten',
        'Opin.fi-supporten har bett Svenska handelshögskolan att ta över ditt ärende',
      ]);
    // Asking Hanken to take over is not yet Hanken taking it: the card stands.
    expect(await learner.planCard('ticket')).toEqual(card);

    await desk.play('hanken');
    await desk.openTicket(id);
    expect(await desk.role()).toBe(
      'Opin.fi support asks you to take over this ticket: accept or decline.',
    );
    await desk.accept();
    // Hanken has the ticket now and answers, by the time promised at filing.
    await expect
      .poll(() => learner.planCard('ticket'))
      .toEqual(['Svenska handelshögskolan svarar dig på svenska.', card[1]]);
    expect(await learner.timeline()).toEqual([
      'Ärendet togs emot av Opin.fi-supporten',
      'Opin.fi-supporten bad Svenska handelshögskolan att ta över ditt ärende',
      'Svenska handelshögskolan tog över ditt ärende',
    ]);
    expect(await learner.status()).toBe('Under behandling');

    const answer = 'Hej Elin! Vitsordet är nu registrerat och syns i studieregistret.';
    await expect.poll(() => desk.role()).toBe('You own this ticket: you answer the learner.');
    await desk.writeToLearner(answer);
    await expect.poll(() => learner.messages()).toEqual([`Svenska handelshögskolan: ${answer}`]);
    await desk.resolve();
    await expect.poll(() => learner.status()).toBe('Löst');
    expect(await learner.timeline()).toEqual([
      'Ärendet togs emot av Opin.fi-supporten',
      'Opin.fi-supporten bad Svenska handelshögskolan att ta över ditt ärende',
      'Svenska handelshögskolan tog över ditt ärende',
      'Svenska handelshögskolan markerade ditt ärende som löst',
    ]);

    await desk.play('opin');
    await desk.openTicket(id);
    await expect
      .poll(() => desk.role())
      .toBe('You were involved earlier; Hanken School of Economics owns it now (read only).');
    const ticket = await e2e.deskApi('hanken').getTicket(id);
    expect(ticket).toMatchObject({ owner: 'hanken', language: 'sv', status: 'resolved' });
    expect(ticket.messages.map((message) => message.language)).toEqual(['sv']);
  });
});
