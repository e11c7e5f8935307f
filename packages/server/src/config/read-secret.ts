/**
 * Reads a secret from where the config says it is (`{ env }` or `{ file }`), when the server
 * starts. A problem names the source (the variable or the path), never the value.
 * @internal
 */
import { readFile } from 'node:fs/promises';
import type { SecretSource } from '@opin/support-domain';

/** The secret's text, or why there is none. */
export type SecretRead = { ok: true; value: string } | { ok: false; problem: string };

/**
 * The secret of `source`, as it is but for a file's final line break, refused when blank or
 * shorter than `minBytes` (UTF-8).
 */
export async function readSecret(
  source: SecretSource,
  env: NodeJS.ProcessEnv,
  minBytes = 1,
): Promise<SecretRead> {
  let raw: string | undefined;
  let from: string;
  if ('env' in source) {
    from = `environment variable ${source.env}`;
    raw = env[source.env];
    if (raw === undefined) return { ok: false, problem: `${from} is not set` };
  } else {
    from = `file ${source.file}`;
    try {
      raw = await readFile(source.file, 'utf8');
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
      return { ok: false, problem: `${from} cannot be read (${code})` };
    }
  }
  const value = 'file' in source ? raw.replace(/\r?\n$/, '') : raw;
  if (value.trim() === '') return { ok: false, problem: `${from} is empty` };
  if (Buffer.byteLength(value, 'utf8') < minBytes) {
    return { ok: false, problem: `${from} holds fewer than ${minBytes} bytes` };
  }
  return { ok: true, value };
}
