/**
 * Hand-offs to e-mail desks: the desk gets the hand-off by e-mail (the console's outbox) and
 * answers with "Answer by e-mail" through the inbound bridge. The widget says honestly that the
 * desk works by e-mail and when it last heard from it.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';
import { dueIn } from './support/who-answers.js';

/** The subject of a desk e-mail: the reply tag (reference and the desk's token), then the subject. */
const replySubject = (id: string, subject: string) =>
  new RegExp(`^\\[${id} #[0-9a-z]{16}\\] ${subject}$`);

const e2e = useE2E();

describe('A hand-off to an e-mail desk, answered by e-mail', () => {
  it('transfer to Åbo Akademi: its reply e-mail answers and resolves; the freshness note updates', async () => {
    const learner = await e2e.openPortal('portal-opin/help.html', { lang: 'sv' });
    await learner.waitForStart('sv');
    await learner.chooseTopic('Studieprestationer, vitsord och intyg');
    await learner.chooseInstitution('Åbo Akademi');
    await expect
      .poll(() => learner.topicPreview())
      .toEqual([
        'Opin.fi-supporten skickar ditt ärende vidare, och Åbo Akademi svarar dig på svenska.',
        expect.stringMatching(dueIn.sv),
        'Åbo Akademi hanterar ärenden per e-post, så svaren därifrån kan synas här med en viss fördröjning.',
      ]);
    const id = await learner.fileAndFollow({
      subject: 'Studieutdrag på engelska',
      description: 'Jag behöver ett studieutdrag på engelska för en utbytesansökan.',
      email: 'maja.studerande@example.fi',
    });
    const noUpdate =
      'Åbo Akademi tar emot ärenden per e-post, så vyn uppdateras när de svarar. Ingen uppdatering från dem ännu.';
    await expect.poll(() => learner.timeline()).toEqual(['Ärendet togs emot av Opin.fi-supporten']);
    expect(await learner.notices()).toEqual([]);

    const desk = await e2e.openConsole('opin');
    await desk.openTicket(id);
    await desk.openPlannedHandoff();
    await expect
      .poll(() => learner.timeline())
      .toContain('Opin.fi-supporten har bett Åbo Akademi att ta över ditt ärende');
    await expect.poll(() => learner.notices()).toEqual([noUpdate]);

    await desk.play('abo-akademi');
    await expect
      .poll(async () => (await desk.emails()).map((email) => email.subject))
      .toContainEqual(expect.stringMatching(replySubject(id, 'Studieutdrag på engelska')));
    await desk.openTicket(id);
    const answer = 'Hej Maja! Studieutdraget på engelska har skickats till din e-post.';
    await desk.answerByEmail(`RESOLVED\n${answer}`);

    await expect.poll(() => learner.status()).toBe('Löst');
    expect(await learner.planCard('ticket')).toEqual(['Åbo Akademi svarar dig på svenska.']);
    expect(await learner.messages()).toEqual([`Åbo Akademi: ${answer}`]);
    expect(await learner.timeline()).toEqual([
      'Ärendet togs emot av Opin.fi-supporten',
      'Opin.fi-supporten bad Åbo Akademi att ta över ditt ärende',
      'Åbo Akademi tog över ditt ärende',
      'Åbo Akademi markerade ditt ärende som löst',
    ]);
    await expect
      .poll(() => learner.notices())
      .toContainEqual(
        expect.stringMatching(
          /^Åbo Akademi tar emot ärenden per e-post, så vyn uppdateras när de svarar\. Senaste uppdatering: \S/,
        ),
      );
  });

  it('consult to Tampere University: the reply e-mail is the internal answer, never shown to the learner', async () => {
    const learner = await e2e.openPortal('portal-opin/index.html');
    await learner.open('fi');
    await learner.chooseTopic('Ilmoittautuminen opintojaksolle epäonnistuu');
    await learner.chooseInstitution('Tampereen yliopisto');
    await expect
      .poll(() => learner.topicPreview())
      .toEqual([
        'Opin.fi-tuki vastaa sinulle suomeksi.',
        expect.stringMatching(dueIn.fi),
        'Tampereen yliopisto käsittelee tukipyyntöjä sähköpostitse, joten sieltä tulevat vastaukset voivat näkyä täällä pienellä viiveellä.',
      ]);
    const id = await learner.fileAndFollow({
      subject: 'Ilmoittautuminen Ohjelmoinnin perusteisiin ei tallennu',
      description: 'Ilmoittautumissivu näyttää virheen, kun painan Vahvista.',
      email: 'veeti.oppija@example.fi',
    });

    const desk = await e2e.openConsole('opin');
    await desk.openTicket(id);
    const note = 'Onko opintojakson ilmoittautuminen auki? Oppija saa virheen vahvistaessaan.';
    await desk.handOff('consult', 'tampere', note);
    await expect
      .poll(() => learner.timeline())
      .toContain('Opin.fi-tuki pyysi, että Tampereen yliopisto auttaisi asiassa');
    await expect
      .poll(() => learner.notices())
      .toEqual([
        'Tampereen yliopisto käsittelee tukipyyntöjä sähköpostitse, joten tämä näkymä päivittyy, kun sieltä vastataan. Sieltä ei ole vielä tullut päivityksiä.',
      ]);

    await desk.play('tampere');
    await expect
      .poll(async () => (await desk.emails()).map((email) => email.subject))
      .toContainEqual(
        expect.stringMatching(
          replySubject(id, 'Ilmoittautuminen Ohjelmoinnin perusteisiin ei tallennu'),
        ),
      );
    const [handoffEmail] = await desk.emails();
    expect(handoffEmail?.body).toContain(
      'Opin.fi-tuki pyytää apuasi tukipyynnön käsittelyyn (konsultaatio).',
    );
    expect(handoffEmail?.body).toContain(note);
    await desk.openTicket(id);
    const internal =
      'Sisäinen: opintojakson ilmoittautuminen oli suljettu virheellisesti, avattu nyt.';
    await desk.answerByEmail(internal);
    await expect
      .poll(() => learner.timeline())
      .toContain('Tampereen yliopisto on antanut apunsa, ja sinulle vastaa nyt Opin.fi-tuki');
    // Tampere University has answered and takes no further part: no note about waiting for it.
    await expect.poll(() => learner.notices()).toEqual([]);
    expect(await learner.messages()).toEqual([]);
    expect(await learner.planCard('ticket')).toEqual([
      'Opin.fi-tuki vastaa sinulle suomeksi.',
      expect.stringMatching(dueIn.fi),
    ]);

    await desk.play('opin');
    await expect
      .poll(() => desk.queueMarks(id))
      .toContain('Consult answered: reply to the learner');
    await desk.openTicket(id);
    const answer = 'Hei Veeti! Tampereen yliopisto avasi ilmoittautumisen uudelleen, kokeile nyt.';
    await desk.writeToLearner(answer);
    await expect.poll(() => learner.messages()).toEqual([`Opin.fi-tuki: ${answer}`]);
    const shown = await learner.visibleText();
    expect(shown).not.toContain(internal);
    expect(shown).not.toContain(note);
    const seenByLearner = JSON.stringify(await e2e.learnerApi.getTicket(learner.access));
    expect(seenByLearner).not.toContain(internal);
    expect(seenByLearner).not.toContain(note);
  });
});
