/**
 * The readiness protocol of the repository's long-running child processes (the demo, `pnpm dev`,
 * the mock server): given `--json`, such a child prints one line `{"ready": {…}}` on its standard
 * output once everything it starts is listening. Its payload says where the child answers. The
 * parent reads standard output line by line until that line; other lines are not part of the
 * protocol and are kept only for error messages.
 * @internal
 */

/** The flag that asks a child for its ready line instead of the human banner. */
export const readyFlag = '--json';

/** The ready line of `payload`, newline included. */
export function formatReadyLine(payload: object): string {
  return `${JSON.stringify({ ready: payload })}\n`;
}

/** The payload of `line` when it is a ready line, else `undefined`. */
export function parseReadyLine(line: string): { payload: unknown } | undefined {
  if (!line.startsWith('{')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || !('ready' in parsed)) return undefined;
  return { payload: parsed.ready };
}
