/**
 * Use case 2, in English: a learner on the Opin.fi portal reports a failing enrolment at the
 * University of Helsinki. Opin.fi support keeps the ticket and consults the university, which
 * answers Opin.fi support internally; Opin.fi support answers the learner. The learner sees that
 * the university helped, never what it wrote.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';
import { dueIn, fileWithOneAnswer, startOfAnHour } from './support/who-answers.js';

const e2e = useE2E();

describe('Use case 2 in English: Opin.fi support consults an institution about an incident', () => {
  it('keeps the ticket with Opin.fi support, hides the consult answer and shows who helped', async () => {
    await startOfAnHour(e2e);
    const learner = await e2e.openPortal('portal-opin/index.html');
    await learner.open('fi');
    await learner.pickLanguage('en');
    await learner.chooseTopic('Enrolment to a course fails');
    await learner.chooseInstitution('University of Helsinki');
    await expect
      .poll(() => learner.topicPreview())
      .toEqual(['Opin.fi support will answer you in English.', expect.stringMatching(dueIn.en)]);
    const { id, card } = await fileWithOneAnswer(e2e, learner, {
      subject: 'Enrolment to Introduction to Statistics fails',
      description: 'The enrolment page says "saved" but the course never appears in my list.',
      email: 'alex.learner@example.org',
    });
    await expect.poll(() => learner.timeline()).toEqual(['Received by Opin.fi support']);

    const desk = await e2e.openConsole('opin');
    await desk.openTicket(id);
    await desk.openPlannedHandoff();
    await expect
      .poll(() => learner.timeline())
      .toEqual([
        'Received by Opin.fi support',
        'Opin.fi support asked University of Helsinki to help',
      ]);
    // Asking for help changes nothing about who answers, or by when.
    expect(await learner.planCard('ticket')).toEqual(card);

    await desk.play('helsinki');
    await expect
      .poll(() => desk.queueMarks(id))
      .toContain('Hand-off waiting for you (consult from Opin.fi support)');
    await desk.openTicket(id);
    expect(await desk.role()).toBe(
      'Opin.fi support asks you to consult on this ticket: accept or decline.',
    );
    await desk.accept();
    await expect
      .poll(() => learner.timeline())
      .toContain('University of Helsinki is helping Opin.fi support');

    const internal =
      'Internal: the course was full; we have added the learner to the waiting list.';
    await expect
      .poll(() => desk.role())
      .toBe('You are consulting for Opin.fi support: answer with an internal note.');
    await desk.addInternalNote(internal);
    await expect
      .poll(() => learner.timeline())
      .toEqual([
        'Received by Opin.fi support',
        'Opin.fi support asked University of Helsinki to help',
        'University of Helsinki is helping Opin.fi support',
        'University of Helsinki has answered Opin.fi support, who will reply to you',
      ]);
    expect(await learner.planCard('ticket')).toEqual(card);
    expect(await learner.messages()).toEqual([]);

    await desk.play('opin');
    await expect
      .poll(() => desk.queueMarks(id))
      .toContain('Consult answered: reply to the learner');
    await desk.openTicket(id);
    const answer = 'The course was full, so the university has put you on its waiting list.';
    await desk.writeToLearner(answer);
    await desk.resolve();

    await expect.poll(() => learner.status()).toBe('Resolved');
    expect(await learner.messages()).toEqual([`Opin.fi support: ${answer}`]);
    expect(await learner.timeline()).toEqual([
      'Received by Opin.fi support',
      'Opin.fi support asked University of Helsinki to help',
      'University of Helsinki is helping Opin.fi support',
      'University of Helsinki has answered Opin.fi support, who will reply to you',
      'Opin.fi support marked your ticket as resolved',
    ]);
    expect(await learner.visibleText()).not.toContain(internal);
    const seenByLearner = await e2e.learnerApi.getTicket(learner.access);
    expect(JSON.stringify(seenByLearner)).not.toContain(internal);
    expect(seenByLearner).toMatchObject({ owner: 'opin', assisting: null, language: 'en' });
  });
});
