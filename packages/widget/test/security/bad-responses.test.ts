/// <reference types="mocha" />
/**
 * Broken answers from the API — an HTML page from a proxy, JSON cut short, JSON that is not the
 * contract, an HTML 502 — end in the learner's language as a message with "Try again", and an
 * `opin-error` for the page, never in a crash.
 */
import { assert } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { resetMock } from '../support/mock-api.js';
import { stubFetch } from '../panel/support/fetch-stub.js';
import { deepText, waitForText } from '../panel/support/dom.js';
import { mountPanel, unmountAll } from '../panel/support/panel-fixture.js';

const unreadable = {
  sv: 'Vi kunde inte läsa svaret från supporttjänsten. Försök igen senare.',
  fi: 'Tukipalvelun vastausta ei voitu lukea. Yritä myöhemmin uudelleen.',
};
const trouble = 'Supporttjänsten har problem just nu. Försök igen om en stund.';

const broken: { name: string; response: () => Response; expected: string }[] = [
  {
    name: 'an HTML page with status 200',
    response: () =>
      new Response('<!doctype html><title>Wi-Fi login</title>', {
        headers: { 'content-type': 'text/html' },
      }),
    expected: unreadable.sv,
  },
  {
    name: 'JSON cut short',
    response: () =>
      new Response('[{"id":"sign-in","tit', { headers: { 'content-type': 'application/json' } }),
    expected: unreadable.sv,
  },
  {
    name: 'JSON that is not the contract',
    response: () => Response.json({ topics: 'none' }),
    expected: unreadable.sv,
  },
  {
    name: 'an HTML 502 from a gateway',
    response: () =>
      new Response('<html><body>Bad gateway</body></html>', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      }),
    expected: trouble,
  },
];

describe('broken answers from the API', () => {
  let restore: (() => void) | undefined;
  before(() => resetMock());
  afterEach(() => {
    restore?.();
    restore = undefined;
    unmountAll();
  });

  for (const { name, response, expected } of broken) {
    it(`shows ${name} as a Swedish message with Try again, and reports it`, async () => {
      const errors: unknown[] = [];
      const onError = (event: PromiseRejectionEvent) => errors.push(event.reason);
      window.addEventListener('unhandledrejection', onError);
      restore = stubFetch({ method: 'GET', path: /\/topics$/, respond: response });
      try {
        const { panel, detailsOf } = await mountPanel({ locale: 'sv' });
        await waitForText(panel, expected);
        assert.include(deepText(panel), 'Försök igen');
        await waitUntil(() => detailsOf('opin-error').length > 0, 'no opin-error');
        assert.deepEqual(errors, []);

        restore();
        restore = undefined;
        const retry = [...panel.renderRoot.querySelectorAll('*')]
          .flatMap((el) => [...(el.shadowRoot?.querySelectorAll('button') ?? [])])
          .find((button) => button.textContent.trim() === 'Försök igen');
        assert.exists(retry, 'no Try again button');
        retry.click();
        await waitUntil(() => !deepText(panel).includes(expected), 'the retry did not recover');
      } finally {
        window.removeEventListener('unhandledrejection', onError);
      }
    });
  }

  it('says it in Finnish in a Finnish panel', async () => {
    restore = stubFetch({
      method: 'GET',
      path: /\/topics$/,
      respond: () => new Response('<html></html>', { headers: { 'content-type': 'text/html' } }),
    });
    const { panel } = await mountPanel({ locale: 'fi' });
    await waitForText(panel, unreadable.fi);
  });
});
