/**
 * The consumer test's Node.js part: `fixtures/file-a-ticket.mjs`, copied into the project and run
 * there with plain `node` (no loader, no TypeScript), so it resolves only what npm installed.
 * @internal
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './processes.js';

/** What the script filed and read back. */
export interface NodeCheckResult {
  id: string;
  subject: string;
  reply: string;
}

const script = fileURLToPath(new URL('../fixtures/file-a-ticket.mjs', import.meta.url));

/** Runs the script in `projectDir`; rejects with its output when an assertion fails. */
export async function fileATicketInNode(projectDir: string): Promise<NodeCheckResult> {
  await copyFile(script, join(projectDir, 'file-a-ticket.mjs'));
  const { stdout } = await run(process.execPath, ['file-a-ticket.mjs'], {
    cwd: projectDir,
    ceilingMs: 3 * 60_000,
  });
  const line = /^RESULT (.+)$/m.exec(stdout)?.[1];
  if (!line) throw new Error(`file-a-ticket.mjs printed no RESULT line:\n${stdout}`);
  return JSON.parse(line) as NodeCheckResult;
}
