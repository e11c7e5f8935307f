/**
 * A hand-off that is not taken returns to the sender, which keeps answering: left unaccepted past
 * the acknowledgement window (the console advances the server clock by 4 h), or declined. The
 * learner's timeline says which, truthfully, and the learner is never left without an owner.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';
import { dueIn } from './support/who-answers.js';

const e2e = useE2E();

describe('A hand-off that is not taken returns to the sender', () => {
  it('expired: after 4 h unaccepted, Opin.fi support keeps the Finnish ticket and answers', async () => {
    const learner = await e2e.openPortal('portal-opin/index.html');
    await learner.open('fi');
    await learner.chooseTopic('Opintosuoritukset, arvosanat ja todistukset');
    await learner.chooseInstitution('Helsingin yliopisto');
    await expect
      .poll(() => learner.topicPreview())
      .toEqual([
        'Opin.fi-tuki välittää pyyntösi eteenpäin, ja Helsingin yliopisto vastaa sinulle suomeksi.',
        expect.stringMatching(dueIn.fi),
      ]);
    const id = await learner.fileAndFollow({
      subject: 'Arvosana puuttuu',
      description: 'Tilastotieteen johdantokurssin arvosana ei näy opintorekisterissä.',
      email: 'eino.oppija@example.fi',
    });

    const desk = await e2e.openConsole('opin');
    await desk.openTicket(id);
    await desk.openPlannedHandoff();
    await expect
      .poll(() => learner.timeline())
      .toEqual([
        'Opin.fi-tuki otti tukipyyntösi vastaan',
        'Opin.fi-tuki on pyytänyt, että Helsingin yliopisto ottaisi tukipyyntösi hoitaakseen',
      ]);
    await expect.poll(() => desk.handoffState()).toBe('pending');

    await desk.advanceClock();
    await expect
      .poll(() => learner.timeline())
      .toEqual([
        'Opin.fi-tuki otti tukipyyntösi vastaan',
        'Opin.fi-tuki pyysi, että Helsingin yliopisto ottaisi tukipyyntösi hoitaakseen',
        'Helsingin yliopisto ei vastannut ajoissa, joten Opin.fi-tuki jatkaa tukipyyntösi käsittelyä',
      ]);
    // Helsinki never took it: Opin.fi support answers now, due its own time from the return.
    await expect
      .poll(() => learner.planCard('ticket'))
      .toEqual(['Opin.fi-tuki vastaa sinulle suomeksi.', expect.stringMatching(dueIn.fi)]);
    await expect.poll(() => desk.handoffState()).toBe('returned');
    await expect.poll(() => desk.queueMarks(id)).toContain('Hand-off returned to you (expired)');
    expect(await e2e.deskApi('opin').getTicket(id)).toMatchObject({
      owner: 'opin',
      handoff: { to: 'helsinki', mode: 'transfer', state: 'returned' },
    });

    const answer = 'Hei Eino! Selvitämme arvosanan Helsingin yliopiston kanssa ja palaamme asiaan.';
    await desk.writeToLearner(answer);
    await expect.poll(() => learner.messages()).toEqual([`Opin.fi-tuki: ${answer}`]);
    // The reply is a bubble of the thread, not a note about it.
    expect(await learner.timeline()).not.toContain('Opin.fi-tuki vastasi');
  });

  it('declined: Aalto University cannot help; Opin.fi support keeps the English ticket', async () => {
    const learner = await e2e.openPortal('portal-opin/index.html', { lang: 'en' });
    await learner.open('en');
    await learner.chooseTopic("Course materials or learning platform won't open");
    await learner.chooseInstitution('Aalto University');
    const id = await learner.fileAndFollow({
      subject: 'MyCourses does not open',
      description: 'The learning platform shows an error after I sign in.',
      email: 'robin.learner@example.org',
    });

    const desk = await e2e.openConsole('opin');
    await desk.openTicket(id);
    // The learner's subject is isolated (<bdi>) in the heading and the queue (issue 16).
    expect(await desk.page.locator('#ticket-heading bdi').innerText()).toBe(
      'MyCourses does not open',
    );
    expect(await desk.queueEntry(id).locator('bdi').innerText()).toBe('MyCourses does not open');
    await desk.openPlannedHandoff();
    await expect
      .poll(() => learner.timeline())
      .toContain('Opin.fi support asked Aalto University to help');

    await desk.play('aalto');
    await desk.openTicket(id);
    await desk.decline('Not ours: this course runs on the Opin.fi learning platform.');
    await expect
      .poll(() => learner.timeline())
      .toEqual([
        'Received by Opin.fi support',
        'Opin.fi support asked Aalto University to help',
        'Aalto University could not take it; Opin.fi support keeps your ticket',
      ]);
    expect(await learner.planCard('ticket')).toEqual([
      'Opin.fi support will answer you in English.',
      expect.stringMatching(dueIn.en),
    ]);
    expect(await learner.visibleText()).not.toContain('Not ours');

    await desk.play('opin');
    await expect.poll(() => desk.queueMarks(id)).toContain('Hand-off returned to you (declined)');
  });
});
