/**
 * On a slow network the learner may go on to the form before the topic step's routing preview has
 * loaded. The form must still show who will answer: leaving the topic step must not break the
 * desk list the two steps share.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';
import { dueIn } from './support/who-answers.js';

const e2e = useE2E();

describe('The routing preview on a slow network', () => {
  it('still shows on the form when the learner leaves the topic step before it loaded', async () => {
    const learner = await e2e.openPortal('portal-opin/help.html', { lang: 'en' });
    let releaseDesks: (() => void) | undefined;
    const desksHeld = new Promise<void>((resolve) => (releaseDesks = resolve));
    await learner.page.route('**/api/v1/desks', async (route) => {
      await desksHeld;
      await route.continue().catch(() => undefined);
    });
    await learner.waitForStart('en');
    await learner.chooseTopic('Account and profile');
    await learner.writeToSupport();
    releaseDesks?.();

    await expect
      .poll(() => learner.formPreview())
      .toEqual([
        'Opin.fi support will answer you in English.',
        expect.stringMatching(dueIn.en),
        'Privacy: only Opin.fi support will see what you write here and your contact details.',
      ]);
  });
});
