/// <reference types="mocha" />
/**
 * The topic and article steps' code is not part of the panel that opens: the panel fetches it in
 * the background once the learner sees it and its start step has its topics (never on a mere
 * hover, which builds the panel in the closed dialog), so a topic the learner then chooses
 * renders at once, with no request for code. (Its own test page: once loaded, code stays loaded.)
 */
import { assert } from '@open-wc/testing';
import { stepRegistry } from '../../src/panel/steps/step-registry.js';
import { apiBase, recordRequests, resetMock } from '../support/mock-api.js';
import { waitUntil } from '../support/wait.js';
import { deepActiveElement, deepQuery, deepQueryAll, ownText, settle } from './support/dom.js';
import { mountPanel, unmountAll } from './support/panel-fixture.js';

const selfHelpTags = Object.values(stepRegistry)
  .filter(({ chunk }) => chunk === 'self-help-steps')
  .map(({ tag }) => tag);

/** The requests of `paths` for the self-help steps' code (the dev server serves `src` as is). */
const selfHelpCode = (paths: readonly string[]) =>
  paths.filter((path) => /\/src\/panel\/steps\/(self-help-steps\.ts|topic\/|article\/)/.test(path));

describe('self-help steps prefetch', () => {
  before(() => resetMock());
  afterEach(() => unmountAll());

  it('opens without them, fetches them once the learner sees the panel, and a topic then renders at once', async () => {
    const opening = await recordRequests();
    const { panel, handle } = await mountPanel({ locale: 'fi', mode: 'launcher' });
    // The start step with its topics, in the dialog nobody has opened yet (a hover preloads it).
    await waitUntil(
      () => deepQueryAll(panel, 'opin-support-start-step >> button.choice').length > 0,
      'the start step shows no topics',
    );
    await settle(panel);
    assert.isNotEmpty(selfHelpTags);
    for (const tag of selfHelpTags) assert.isUndefined(customElements.get(tag), `${tag} opened`);
    // A request after this point, through the same service worker: any fetch the panel started
    // before it has been recorded by the time it is answered.
    await fetch(`${apiBase}/topics?locale=fi`);
    assert.deepEqual(selfHelpCode(opening.paths), [], 'fetched before the learner saw the panel');

    handle.focus();
    await waitUntil(() => deepActiveElement()?.tagName === 'H2', 'the start heading has no focus');
    await waitUntil(
      () => selfHelpTags.every((tag) => customElements.get(tag) !== undefined),
      'the self-help steps were not prefetched',
    );
    opening.stop();
    assert.include(
      selfHelpCode(opening.paths),
      '/packages/widget/src/panel/steps/self-help-steps.ts',
      'the self-help steps were fetched',
    );

    const choosing = await recordRequests();
    const topic = deepQuery(panel, 'opin-support-start-step >> button.choice');
    if (!topic) throw new Error('no topic to choose');
    const title = ownText(topic);
    topic.click();
    await panel.updateComplete;
    // No "Loading…" in between: the topic step is there in the first render after the click.
    assert.equal(panel.stepCode.status, 'complete');
    assert.isNotNull(panel.renderRoot.querySelector('opin-support-topic-step'));
    await waitUntil(() => {
      const active = deepActiveElement();
      return active?.tagName === 'H2' && active.textContent.trim() === title;
    }, 'focus did not reach the topic heading');
    choosing.stop();
    // (The ticket steps' code may be on its way: the form is one click away now.)
    assert.deepEqual(selfHelpCode(choosing.paths), [], 'code requested for the topic step');
  });
});
