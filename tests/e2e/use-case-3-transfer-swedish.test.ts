/**
 * Use case 3, in Swedish: a learner on the Opin.fi portal asks about a missing grade at Hanken,
 * which answers in Swedish. Opin.fi support transfers the ticket; Hanken accepts, becomes the
 * owner, answers the learner directly and resolves. The learner's timeline shows the hand-over,
 * then Hanken's answer — in Swedish throughout.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';

const e2e = useE2E();

describe('Use case 3 in Swedish: Opin.fi support transfers a question to a realtime institution', () => {
  it('shows the hand-over to Hanken, then Hanken answering the learner directly', async () => {
    const learner = await e2e.openPortal('portal-opin/index.html', { lang: 'sv' });
    await learner.open('sv');
    await learner.chooseTopic('Studieprestationer, vitsord och intyg');
    await learner.chooseInstitution('Svenska handelshögskolan');
    const preview = [
      'Det här sköts av din högskola.',
      'Skriv till oss här, så skickar vi ärendet vidare till Svenska handelshögskolan, som svarar dig på svenska, oftast inom 12 timmar.',
    ];
    await expect.poll(() => learner.topicPreview()).toEqual(preview);
    await learner.writeToSupport();
    await learner.fillForm({
      subject: 'Vitsordet för Hållbar affärsverksamhet saknas',
      description: 'Jag avlade kursen i oktober men vitsordet syns inte i studieregistret.',
      email: 'elin.studerande@example.fi',
      name: 'Elin Studerande',
    });
    await expect
      .poll(() => learner.formPreview())
      .toEqual([
        ...preview,
        'Dataskydd: det du skriver här och dina kontaktuppgifter ses bara av Opin.fi-supporten och Svenska handelshögskolan.',
      ]);
    const id = await learner.send();
    expect(await learner.sentText()).toContain(
      'Svenska handelshögskolan svarar dig på svenska, oftast inom 12 timmar.',
    );
    await learner.followTicket(id);
    await expect.poll(() => learner.timeline()).toEqual(['Ärendet togs emot av Opin.fi-supporten']);
    expect(await learner.answeredBy()).toBe('Opin.fi-supporten');

    const desk = await e2e.openConsole('opin');
    await desk.openTicket(id);
    await desk.openPlannedHandoff();
    await expect
      .poll(() => learner.timeline())
      .toEqual([
        'Ärendet togs emot av Opin.fi-supporten',
        'Opin.fi-supporten har bett Svenska handelshögskolan att ta över ditt ärende',
      ]);
    expect(await learner.answeredBy()).toBe('Opin.fi-supporten');

    await desk.play('hanken');
    await desk.openTicket(id);
    expect(await desk.role()).toBe(
      'Opin.fi support asks you to take over this ticket: accept or decline.',
    );
    await desk.accept();
    await expect.poll(() => learner.answeredBy()).toBe('Svenska handelshögskolan');
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
