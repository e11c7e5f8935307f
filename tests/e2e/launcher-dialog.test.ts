/**
 * In launcher mode the panel lives in a `<dialog>`: beside the page on a desktop (non-modal, so
 * the learner can copy from the page into the form), a full-screen modal sheet on a phone. Clicks
 * inside it must keep their default actions: a radio button gets checked, a submit button sends
 * its form.
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

  it('lets the learner copy text from the page into the form while the panel is open (desktop)', async () => {
    const learner = await e2e.openPortal('portal-opin/index.html', { lang: 'en' });
    await learner.open('en');
    await learner.chooseTopic('Search or study offering page is not working');
    await learner.writeToSupport();
    const dialog = learner.host.getByRole('dialog', { name: learner.words.dialog });
    expect(await dialog.evaluate((d) => d.matches(':modal')), 'beside the page').toBe(false);

    const heading = learner.page.locator('#hero-heading span[lang="en"]');
    await heading.selectText();
    await learner.page.keyboard.press('Control+C');
    const description = learner.formField('description');
    await description.click();
    await learner.page.keyboard.press('Control+V');
    await expect
      .poll(() => description.inputValue())
      .toContain('Find studies at every higher education institution in Finland');

    await learner.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const launcherFocused = await learner.host.evaluate(
      (host) => host.shadowRoot?.activeElement?.getAttribute('part') ?? null,
    );
    expect(launcherFocused, 'Escape returns focus to the launcher').toBe('launcher');
  });

  it('is a full-screen sheet on a phone (390 × 844)', async () => {
    const learner = await e2e.openPortal('portal-opin/index.html', { lang: 'fi' });
    await learner.page.setViewportSize({ width: 390, height: 844 });
    await learner.open('fi');
    const dialog = learner.host.getByRole('dialog', { name: learner.words.dialog });
    await expect.poll(() => dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
  });
});
