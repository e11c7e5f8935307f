/**
 * In launcher mode the panel lives in a modal `<dialog>`. Clicks inside it must keep their
 * default actions: a radio button gets checked, a submit button sends its form.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';

const e2e = useE2E();

describe('The launcher dialog', () => {
  it('lets a click check a radio button and a click on "Send ticket" send the ticket', async () => {
    const learner = await e2e.openPortal('portal-opin/index.html', { lang: 'en' });
    await learner.open('en');
    await learner.chooseTopic('Search or study offering page is not working');
    await learner.writeToSupport();
    await learner.fillForm({
      subject: 'Filters do nothing',
      description: 'Choosing "online" in the search filters does not change the results.',
      email: 'kim.learner@example.org',
    });

    const swedish = learner.host.getByRole('radio', { name: 'Svenska' });
    await swedish.click();
    expect(await swedish.isChecked(), 'the clicked radio button is checked').toBe(true);

    const created = learner.page.waitForRequest(
      (request) => request.method() === 'POST' && request.url().endsWith('/tickets'),
    );
    await learner.host.getByRole('button', { name: 'Send ticket' }).click();
    const body: unknown = (await created).postDataJSON();
    expect(body).toMatchObject({ topicId: 'search-broken', language: 'sv', origin: 'opin' });
  });
});
