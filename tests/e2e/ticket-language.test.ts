/**
 * The ticket language is the learner's explicit choice in the form, and who answers can depend on
 * it: on Åbo Akademi's portal (an e-mail desk answering Swedish and English), a Finnish ticket is
 * routed to Opin.fi support, which answers in Finnish. The choice is a click on a radio button in
 * the launcher's dialog.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';
import { dueIn } from './support/who-answers.js';

const e2e = useE2E();

describe("The ticket language on Åbo Akademi's portal", () => {
  it('refreshes the routing preview when the learner picks Finnish, and files the ticket in Finnish', async () => {
    const learner = await e2e.openPortal('portal-institution/index.html');
    await learner.open('sv');
    await learner.chooseTopic('Studieprestationer, vitsord och intyg');
    const emailNote =
      'Åbo Akademi hanterar ärenden per e-post, så svaren därifrån kan synas här med en viss fördröjning.';
    const swedishPreview: unknown[] = [
      'Åbo Akademi svarar dig på svenska.',
      expect.stringMatching(dueIn.sv),
      emailNote,
    ];
    await expect.poll(() => learner.topicPreview()).toEqual(swedishPreview);
    await learner.writeToSupport();
    await learner.fillForm({
      subject: 'Todistus puuttuu',
      description: 'Tarvitsen suomenkielisen todistuksen suorittamistani opinnoista.',
      email: 'anni.opiskelija@example.fi',
    });
    await expect
      .poll(() => learner.formPreview())
      .toEqual([
        ...swedishPreview,
        'Dataskydd: det du skriver här och dina kontaktuppgifter ses bara av Åbo Akademi.',
      ]);

    await learner.chooseTicketLanguage('fi');
    await expect
      .poll(() => learner.formPreview())
      .toEqual([
        // Åbo Akademi does not answer in Finnish, so it passes the ticket to Opin.fi support.
        'Åbo Akademi skickar ditt ärende vidare, och Opin.fi-supporten svarar dig på finska.',
        expect.stringMatching(dueIn.sv),
        emailNote,
        'Dataskydd: det du skriver här och dina kontaktuppgifter ses bara av Åbo Akademi och Opin.fi-supporten.',
      ]);
    const id = await learner.send();
    expect(await learner.planCard('sent')).toEqual([
      'Åbo Akademi skickar ditt ärende vidare, och Opin.fi-supporten svarar dig på finska.',
      expect.stringMatching(dueIn.sv),
    ]);
    expect(await e2e.learnerApi.getTicket(learner.access)).toMatchObject({
      id,
      language: 'fi',
      origin: 'abo-akademi',
    });
  });
});
