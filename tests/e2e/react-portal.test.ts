/**
 * The React example: `<OpinSupport>` from `@opin/support-widget/react` gets its props as the
 * element's properties, and its typed `onOpinTicketCreated` prop updates React state.
 */
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-suite.js';

const e2e = useE2E();

describe('The React portal', () => {
  it('opens the widget in the page language and shows the id of the ticket sent', async () => {
    const learner = await e2e.openPortal('react-portal/index.html', { lang: 'sv' });
    const lastTicket = learner.page.locator('#last-ticket');
    expect(await lastTicket.textContent()).toBe('ei vielä yhtään');

    await learner.open('sv');
    await learner.chooseTopic('Jag kan inte logga in på Opin.fi');
    await learner.writeToSupport();
    await learner.fillForm({
      subject: 'Inloggningen misslyckas',
      description: 'Suomi.fi-identifieringen tar mig tillbaka till startsidan.',
      email: 'alex.learner@example.org',
    });
    const id = await learner.send();

    expect(id).toMatch(/^OPIN-\d{6,}$/);
    await expect.poll(() => lastTicket.textContent()).toBe(id);
  });
});
