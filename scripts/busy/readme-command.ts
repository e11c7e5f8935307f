/**
 * The README's commands, read the way `.ci/run` reads them: the code block right after a line
 * `<!-- ci:NAME -->`. One place for that rule on the Node side.
 * @internal
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const readme = fileURLToPath(new URL('../../README.md', import.meta.url));

/** The shell command of the README block marked `<!-- ci:name -->`; throws if there is none. */
export function readmeCommand(name: string, text = readFileSync(readme, 'utf8')): string {
  const lines = text.split('\n');
  const marker = lines.indexOf(`<!-- ci:${name} -->`);
  const open = lines.findIndex((line, i) => i > marker && line.startsWith('```'));
  const close = lines.findIndex((line, i) => i > open && line.startsWith('```'));
  if (marker < 0 || open < 0 || close < 0)
    throw new Error(`README has no <!-- ci:${name} --> block`);
  const command = lines
    .slice(open + 1, close)
    .join('\n')
    .trim();
  if (!command) throw new Error(`README's <!-- ci:${name} --> block is empty`);
  return command;
}
