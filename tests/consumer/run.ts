/**
 * The consumer test (`pnpm test:consumer`, part of `pnpm test` after `pnpm build`): installs the
 * published packages the way a stranger would get them from npm and uses them from outside the
 * workspace.
 *
 * 1. Packs `@opin/support-sdk`, `@opin/support-domain`, `@opin/support-http`, `@opin/support-mock-server`,
 *    `@opin/support-widget` and `@opin/support-server` as `pnpm publish` would
 *    (`scripts/packages/pack.ts`).
 * 2. Installs the tarballs and esbuild with `npm install` into a new folder under the system's
 *    temporary directory.
 * 3. Node.js: a plain `.mjs` file in that folder starts the mock server from the installed package,
 *    files a ticket with the SDK, reads it back and waits for the desk's answer.
 * 4. Server: the installed `opin-support-server` command makes and lists a desk key in a new
 *    embedded data directory.
 * 5. Browser: bundles a page importing `@opin/support-widget` with that esbuild, serves it over http
 *    with the installed mock server's command as the API, and checks in headless Chromium that the
 *    launcher opens the dialog with the panel's start step and the API's topics.
 *
 * Removes the folder and stops every process it started, also on failure. Exits 1 on any failure,
 * naming the step.
 */
import { fileURLToPath } from 'node:url';
import { openWidgetInChromium, bundlePage } from './support/browser-check.js';
import {
  createWorkDir,
  installProject,
  packAll,
  removeWorkDir,
} from './support/consumer-project.js';
import { fileATicketInNode } from './support/node-check.js';
import { makeADeskKeyWithTheServer } from './support/server-check.js';
import { stopAllChildren } from './support/processes.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();

/** Runs `what`, printing its name, its duration and what it found. */
async function step<T>(name: string, what: () => Promise<T>, describe: (value: T) => string) {
  const start = performance.now();
  try {
    const value = await what();
    console.log(`ok   ${name} (${seconds(start)}): ${describe(value)}`);
    return value;
  } catch (error) {
    console.log(`FAIL ${name} (${seconds(start)})`);
    throw error;
  }
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

const workDir = await createWorkDir();
const cleanUp = async () => {
  await stopAllChildren();
  await removeWorkDir(workDir);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  const packed = await step(
    'pack the published packages',
    () => packAll(repoRoot, workDir),
    (all) => all.map(({ manifest }) => `${manifest.name}@${manifest.version}`).join(', '),
  );
  const project = await step(
    `npm install the tarballs and esbuild outside the workspace`,
    () => installProject(repoRoot, workDir, packed),
    ({ dir }) => dir,
  );
  await step(
    'Node.js: mock server + SDK, file a ticket, read it back, wait for the reply',
    () => fileATicketInNode(project.dir),
    ({ id, subject, reply }) => `${id} "${subject}", answered "${reply}"`,
  );
  await step(
    'Node.js: the installed opin-support-server makes and lists a desk key in a data directory',
    () => makeADeskKeyWithTheServer(project.dir),
    ({ keyId }) => keyId,
  );
  await step(
    'bundle a page importing @opin/support-widget with esbuild',
    () => bundlePage(project.dir),
    () => 'public/assets',
  );
  await step(
    'Chromium: the launcher opens the dialog with the start step',
    () => openWidgetInChromium(project.dir),
    ({ pageUrl, topic }) => `${pageUrl}, first topic "${topic}"`,
  );
  console.log(`\nConsumer test passed in ${seconds(started)}.`);
} catch (error) {
  console.error(`\nConsumer test failed after ${seconds(started)}:`);
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
