/**
 * Vitest global setup of the end-to-end tests: one demo server (the built examples and the mock
 * API, as `pnpm demo` serves them) for the whole run; tests read its addresses with
 * `inject('webBase')`, `inject('apiBase')`, `inject('mailCatcher')` and `inject('webhookReceiver')`.
 * @internal
 */
import type { TestProject } from 'vitest/node';
import { startDemo } from '@opin/tools/demo';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo's examples, e.g. `http://127.0.0.1:43127`. */
    webBase: string;
    /** The demo's mock API base, e.g. `http://127.0.0.1:46101/api/v1`. */
    apiBase: string;
    /** The demo's mail catcher (the desk console's `?mail=`), e.g. `http://127.0.0.1:46102`. */
    mailCatcher: string;
    /** The demo's webhook receiver (the desk console's `?hooks=`), e.g. `http://127.0.0.1:46103`. */
    webhookReceiver: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const demo = await startDemo();
  try {
    await requireBuilt(`${demo.webBase}/desk-console/`, 'pnpm build:examples');
    await requireBuilt(demo.widget, 'pnpm build && pnpm build:examples');
  } catch (error) {
    await demo.stop();
    throw error;
  }
  project.provide('webBase', demo.webBase);
  project.provide('apiBase', demo.apiBase);
  if (!demo.mailCatcher) {
    await demo.stop();
    throw new Error('The demo announced no mail catcher.');
  }
  project.provide('mailCatcher', demo.mailCatcher.api);
  if (!demo.webhookReceiver) {
    await demo.stop();
    throw new Error('The demo announced no webhook receiver.');
  }
  project.provide('webhookReceiver', demo.webhookReceiver.api);
  return () => demo.stop();
}

/** Fails with the command to run when a built file the tests load is missing. */
async function requireBuilt(url: string, command: string): Promise<void> {
  const response = await fetch(url);
  await response.body?.cancel();
  if (!response.ok)
    throw new Error(`${url} is missing (HTTP ${response.status}): run \`${command}\`.`);
}
