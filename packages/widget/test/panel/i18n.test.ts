/// <reference types="mocha" />
/**
 * Every step in English, Finnish and Swedish: no Finnish or Swedish view shows a string identical
 * to its English source (names and data excepted), and axe finds nothing, in each language and
 * in dark mode.
 */
import { assert, expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Locale } from '@opin/support-sdk';
import type { OpinSupportPanel } from '../../src/panel/panel.component.js';
import { resetMock } from '../support/mock-api.js';
import { settle, textSegments, waitForButton, waitForElement } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';
import { contrastRatio } from '../a11y/support/contrast.js';
import {
  articleIn,
  learner,
  ticketTransferredByEmail,
  ticketWithHistory,
  topicIn,
} from './support/scenarios.js';

/** Names and data that are the same in every language. */
const allowed = new Set([
  'Opin.fi',
  'Suomi',
  'Svenska',
  'English',
  'FI',
  'SV',
  'EN',
  '·',
  '←',
  '×',
]);
/** True cognates: the right word in that language, spelled as in English. */
const cognates: Record<Locale, Set<string>> = {
  en: new Set(),
  fi: new Set(),
  sv: new Set(['Status']),
};

/** Articles that exist in one language only, so each UI language shows a fallback. */
const fallbackArticle: Record<Locale, string> = {
  en: 'asking-for-grade-review',
  fi: 'studying-in-swedish',
  sv: 'asking-for-grade-review',
};
const fallbackTopic: Record<string, string> = {
  'asking-for-grade-review': 'credits-and-grades',
  'studying-in-swedish': 'finding-studies',
};

interface StepCase {
  name: string;
  /** The page's preselected institution (default `helsinki`). */
  institution?: string | null;
  /** Brings `panel` to the step in `locale` and waits until it has rendered its data. */
  open(panel: OpinSupportPanel, locale: Locale): Promise<void>;
}

const steps: StepCase[] = [
  {
    name: 'start',
    open: async (panel) => {
      panel.navigate({ name: 'start' });
      await waitForElement(panel, 'button.choice');
    },
  },
  {
    name: 'start with a message the page started',
    open: async (panel) => {
      panel.prefill({ subject: 'Opin.fi' });
      panel.navigate({ name: 'start' });
      await waitForElement(panel, 'opin-support-start-step >> .notice');
      await waitForElement(panel, 'button.choice');
    },
  },
  {
    name: 'topic (institution, preview, articles)',
    open: async (panel, locale) => {
      panel.navigate({ name: 'topic', topic: await topicIn(locale, 'credits-and-grades') });
      await waitForElement(panel, 'opin-support-topic-step >> .notice');
      await waitForElement(panel, 'opin-support-topic-step >> button.choice');
    },
  },
  {
    name: 'topic before an institution is chosen',
    institution: null,
    open: async (panel, locale) => {
      panel.navigate({ name: 'topic', topic: await topicIn(locale, 'enrolment-failed') });
      (await waitForButton(panel, await writeLabel(panel))).click();
      await waitForElement(panel, '#institution-error');
    },
  },
  {
    name: 'article in a fallback language',
    open: async (panel, locale) => {
      const id = fallbackArticle[locale];
      const topicId = fallbackTopic[id] ?? '';
      const [article, topic] = await Promise.all([
        articleIn(locale, id, topicId),
        topicIn(locale, topicId),
      ]);
      panel.navigate({ name: 'article', article, topic });
      await waitForElement(panel, 'opin-support-article-step >> fieldset');
    },
  },
  {
    name: 'form with validation messages',
    open: async (panel, locale) => {
      panel.navigate({ name: 'form', topic: await topicIn(locale, 'enrolment-failed') });
      await waitForElement(panel, 'opin-support-form-step >> .notice');
      (await waitForElement<HTMLButtonElement>(panel, 'button[type="submit"]')).click();
      await waitForElement(panel, '#email-error');
    },
  },
  {
    name: 'sent',
    open: async (panel, locale) => {
      const created = await ticketTransferredByEmail(locale);
      panel.navigate({ ...created, name: 'sent' });
      await waitForElement(panel, '.reference');
    },
  },
  {
    name: 'ticket with its whole history',
    open: async (panel, locale) => {
      const { ticket, accessToken } = await ticketWithHistory(locale);
      panel.navigate({ name: 'ticket', id: ticket.id, accessToken });
      await waitForElement(panel, '.thread li.learner');
    },
  },
  {
    name: 'ticket being transferred to an e-mail desk',
    open: async (panel, locale) => {
      const { ticket, accessToken } = await ticketTransferredByEmail(locale);
      panel.navigate({ name: 'ticket', id: ticket.id, accessToken });
      await waitForElement(panel, 'opin-support-ticket-step >> .notice');
    },
  },
  {
    name: 'my tickets',
    open: async (panel) => {
      panel.services.tickets.remember({
        id: 'OPIN-999999',
        accessToken: 'x'.repeat(32),
        createdAt: '2026-01-01T00:00:00.000Z',
      });
      panel.navigate({ name: 'my-tickets' });
      await waitForElement(panel, 'opin-support-my-tickets-step >> li.notice');
    },
  },
];

/** The label of the topic step's "write" button, in the panel's language. */
async function writeLabel(panel: OpinSupportPanel): Promise<string> {
  const button = await waitForElement(panel, 'opin-support-topic-step >> .actions button');
  return button.textContent.trim();
}

describe('every step in every language', () => {
  const english = new Map<string, string[]>();

  before(async () => {
    await resetMock();
    const desks = await learner().listDesks();
    for (const desk of desks) for (const name of Object.values(desk.name)) allowed.add(name);
  });
  afterEach(() => {
    unmountAll();
    localStorage.clear();
  });

  for (const step of steps) {
    describe(step.name, () => {
      for (const locale of ['en', 'fi', 'sv'] as const) {
        it(`is fully ${locale} and accessible`, async () => {
          const institution = step.institution === undefined ? 'helsinki' : step.institution;
          const { panel } = await mountPanel({ locale, mode: 'launcher', institution });
          await step.open(panel, locale);
          // Desk names load beside the step (ids stand in until then): wait for them, on a busy
          // machine too, before reading the texts.
          await panel.services.desks.desks();
          await settle(panel);
          const texts = textSegments(panel, { skipLang: true }).filter(
            (text) =>
              /\p{L}/u.test(text) &&
              !allowed.has(text) &&
              !cognates[locale].has(text) &&
              !/^OPIN-\d+$/.test(text),
          );
          assert.isAbove(texts.length, 0);
          if (locale === 'en') english.set(step.name, texts);
          else {
            const source = new Set(english.get(step.name));
            assert.deepEqual(
              texts.filter((text) => source.has(text)),
              [],
            );
          }
          await expect(panel).to.be.accessible();
        });
      }

      it('is accessible in dark mode', async () => {
        await emulateMedia({ colorScheme: 'dark' });
        try {
          const institution = step.institution === undefined ? 'helsinki' : step.institution;
          const { panel } = await mountPanel({ locale: 'fi', mode: 'launcher', institution });
          await step.open(panel, 'fi');
          await panel.services.desks.desks();
          await settle(panel);
          assert.isTrue(matchMedia('(prefers-color-scheme: dark)').matches);
          const background = getComputedStyle(panel).backgroundColor;
          assert.isBelow(contrastRatio(background, 'rgb(0, 0, 0)'), 1.5, `dark: ${background}`);
          await expect(panel).to.be.accessible();
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    });
  }
});
