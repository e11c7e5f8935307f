/**
 * The e-mail round trip of `pnpm demo`, end to end: the support server sends a hand-off to
 * Tampere University's e-mail desk over SMTP to the demo's mail catcher, the desk console shows
 * the caught e-mail, and its "Answer by e-mail" sends a real SMTP answer to the server's inbound
 * port, which the learner then reads.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';

const e2e = useE2E();

describe("pnpm demo's mail catcher", () => {
  it('a Finnish transfer to Tampere University is caught, accepted and answered over SMTP', async () => {
    const learner = await e2e.openPortal('portal-opin/index.html');
    await learner.open('fi');
    await learner.chooseTopic('Ilmoittautuminen opintojaksolle epäonnistuu');
    await learner.chooseInstitution('Tampereen yliopisto');
    const subject = 'Ilmoittautuminen Tietorakenteisiin ei tallennu';
    const id = await learner.fileAndFollow({
      subject,
      description: 'Ilmoittautumissivu näyttää virheen, kun painan Vahvista.',
      email: 'aino.oppija@example.fi',
    });

    const opin = await e2e.openConsole('opin');
    await opin.openTicket(id);
    await opin.handOff('transfer', 'tampere', 'Opintojakson ilmoittautuminen, siirrän teille.');

    const desk = await e2e.openConsole('tampere', { mailCatcher: true });
    // The server delivers its outbox every second; the console refreshes every 4 s.
    await expect
      .poll(async () => (await desk.emails()).map((email) => email.subject), { timeout: 60_000 })
      .toContainEqual(expect.stringMatching(new RegExp(`^\\[${id} #[0-9a-z]{16}\\] ${subject}$`)));
    await desk.openTicket(id);
    const answer = 'Hei Aino! Korjasimme ilmoittautumisen, voit nyt ilmoittautua uudelleen.';
    const result = await desk.answerCaughtMail(`HYVÄKSY\n${answer}`);
    expect(result).toMatch(new RegExp(`^The support server accepted the e-mail: 250 .*${id}`));

    await expect
      .poll(() => learner.messages(), { timeout: 30_000 })
      .toEqual([`Tampereen yliopisto: ${answer}`]);
    await expect
      .poll(() => learner.timeline())
      .toContain('Tampereen yliopisto otti tukipyyntösi hoitaakseen');
  });
});
