/**
 * The widget's code after the launcher comes in chunks fetched on demand. When the network drops
 * one of them, nothing is stuck: the learner's next attempt fetches it again and works, in the
 * built widget with Chromium's real module loading (a failed `import()` is not remembered by the
 * browser, and the widget forgets its failed load).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useE2E } from './support/e2e-suite.js';
import { widgetWords } from '@opin/tools/widget-words';

const e2e = useE2E();

/** A network cut for some of the widget's files: they fail while `down`; `failed` counts them. */
interface Outage {
  down: boolean;
  failed: string[];
}

/** Cuts the files under `/widget/chunks/` whose names start with `prefix`, until `down` is false. */
async function cutChunks(page: Page, prefix: string): Promise<Outage> {
  const outage: Outage = { down: true, failed: [] };
  await page.route(
    (url) => url.pathname.startsWith(`/widget/chunks/${prefix}`),
    async (route) => {
      if (!outage.down) return route.continue();
      outage.failed.push(new URL(route.request().url()).pathname);
      return route.abort('internetdisconnected');
    },
  );
  return outage;
}

describe('Code that fails to load', () => {
  it('closes the dialog when the panel does not load, and opens it at the next click', async () => {
    const learner = await e2e.openPortal('portal-opin/index.html', { lang: 'en' });
    const outage = await cutChunks(learner.page, 'panel-');
    const launcher = learner.host.getByRole('button', { name: widgetWords.en.launcher });

    await launcher.click();
    await expect.poll(() => outage.failed.length).toBeGreaterThan(0);
    await learner.host.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await learner.host.getAttribute('open'), 'the element says it is closed').toBeNull();
    const focused = await learner.host.evaluate(
      (host) => host.shadowRoot?.activeElement?.getAttribute('part') ?? null,
    );
    expect(focused, 'focus went back to the launcher').toBe('launcher');

    outage.down = false;
    await learner.open('en');
  });

  it('tells the learner in Finnish when a topic does not load, and Try again loads it', async () => {
    const learner = await e2e.openPortal('portal-opin/index.html', { lang: 'fi' });
    const outage = await cutChunks(learner.page, 'self-help-steps-');
    await learner.open('fi');
    // The panel fetches the self-help steps once it has opened: that fails without a word.
    await expect.poll(() => outage.failed.length).toBeGreaterThan(0);
    const title = 'Ilmoittautuminen opintojaksolle epäonnistuu';
    await learner.step('start').getByRole('button', { name: title }).click();

    const alert = learner.host.getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toContain(
      'Emme saaneet yhteyttä tukipalveluun. Tarkista verkkoyhteytesi ja yritä uudelleen.',
    );
    expect(outage.failed.length, 'the click asked for the topic step again').toBeGreaterThan(1);

    outage.down = false;
    await alert.getByRole('button', { name: 'Yritä uudelleen' }).click();
    await learner.host.getByRole('heading', { level: 2, name: title }).waitFor();
  });

  it('tells the learner in Swedish when the ticket form does not load, and Try again loads it', async () => {
    const learner = await e2e.openPortal('portal-opin/index.html', { lang: 'sv' });
    const outage = await cutChunks(learner.page, 'ticket-steps-');
    await learner.open('sv');
    await learner.chooseTopic('Jag kan inte logga in på Opin.fi');
    await learner.host.getByRole('button', { name: learner.words.writeToSupport }).click();

    const alert = learner.host.getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toContain(
      'Vi fick ingen kontakt med supporttjänsten. Kontrollera din anslutning och försök igen.',
    );
    expect(outage.failed.length, 'the form was requested').toBeGreaterThan(0);

    outage.down = false;
    await alert.getByRole('button', { name: 'Försök igen' }).click();
    await learner.host
      .getByRole('heading', { level: 2, name: learner.words.writeToSupport, exact: true })
      .waitFor();
    await learner.fillForm({
      subject: 'Inloggningen misslyckas',
      description: 'Suomi.fi-identifieringen tar mig tillbaka till startsidan.',
      email: 'kim.learner@example.org',
    });
    expect(await learner.send()).toMatch(/^OPIN-\d{6,}$/);
  });
});
