/**
 * Use case 1, in Finnish: a learner on the Opin.fi portal cannot sign in. Opin.fi support owns the
 * topic, so no hand-off is planned; Opin.fi support asks a question, the learner answers, and
 * Opin.fi support answers and resolves — the learner's open ticket view follows it all live.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';
import { dueIn, fileWithOneAnswer, startOfAnHour } from './support/who-answers.js';

const e2e = useE2E();

describe('Use case 1 in Finnish: Opin.fi support answers a sign-in problem itself', () => {
  it('previews Opin.fi as the answering desk, then shows its replies and the resolution live', async () => {
    await startOfAnHour(e2e);
    const learner = await e2e.openPortal('portal-opin/index.html');
    await learner.open('fi');
    await learner.chooseTopic('En pääse kirjautumaan Opin.fi-palveluun');
    await expect
      .poll(() => learner.topicPreview())
      .toEqual(['Opin.fi-tuki vastaa sinulle suomeksi.', expect.stringMatching(dueIn.fi)]);
    const { id, card } = await fileWithOneAnswer(e2e, learner, {
      subject: 'Kirjautuminen ei onnistu',
      description: 'Suomi.fi-tunnistuksen jälkeen palaan aina etusivulle kirjautumattomana.',
      email: 'aino.oppija@example.fi',
      name: 'Aino Oppija',
    });
    expect(id).toMatch(/^OPIN-\d{6,}$/);
    await expect.poll(() => learner.timeline()).toEqual(['Opin.fi-tuki otti tukipyyntösi vastaan']);
    expect(await learner.openingMessage()).toBe(
      'Sinä: Kirjautuminen ei onnistu / Suomi.fi-tunnistuksen jälkeen palaan aina etusivulle kirjautumattomana.',
    );
    expect(await learner.status()).toBe('Vastaanotettu');

    const desk = await e2e.openConsole('opin');
    await desk.openTicket(id);
    expect(await desk.role()).toBe('You own this ticket: you answer the learner.');
    const question = 'Hei Aino! Millä selaimella kirjaudut?';
    await desk.writeToLearner(question);
    await desk.changeStatus('waiting_for_learner');
    await expect.poll(() => learner.status()).toBe('Odottaa vastaustasi');
    expect(await learner.messages()).toEqual([`Opin.fi-tuki: ${question}`]);
    // The answering desk has written: the card no longer promises a time.
    expect(await learner.planCard('ticket')).toEqual([card[0]]);

    await learner.reply('Käytän Firefoxia.');
    await expect.poll(() => learner.status()).toBe('Käsittelyssä');
    await expect.poll(() => desk.queueMarks(id)).toContain('The learner wrote');
    await expect
      .poll(() => desk.thread())
      .toContainEqual(expect.stringContaining('Käytän Firefoxia.'));

    const answer = 'Tyhjennä Firefoxin evästeet ja kirjaudu uudelleen Suomi.fi-tunnistuksella.';
    await desk.writeToLearner(answer);
    await desk.resolve();
    await expect.poll(() => learner.status()).toBe('Ratkaistu');
    expect(await learner.messages()).toEqual([
      `Opin.fi-tuki: ${question}`,
      'Sinä: Käytän Firefoxia.',
      `Opin.fi-tuki: ${answer}`,
    ]);
    expect(await learner.timeline()).toEqual([
      'Opin.fi-tuki otti tukipyyntösi vastaan',
      'Tila: Odottaa vastaustasi',
      'Opin.fi-tuki merkitsi tukipyyntösi ratkaistuksi',
    ]);
    expect(await learner.notices()).toContain(
      'Tämä tukipyyntö on ratkaistu. Jos tarvitset vielä apua, avaa se uudelleen tai kirjoita vastaus.',
    );

    const ticket = await e2e.deskApi('opin').getTicket(id);
    expect(ticket).toMatchObject({
      status: 'resolved',
      owner: 'opin',
      language: 'fi',
      handoff: null,
    });
  });
});
