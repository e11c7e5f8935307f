/**
 * Reads a secret from where the config says it is (`{ env }` or `{ file }`), when the server
 * starts: webhook secrets (`./webhook-targets.ts`) and the Efecte connector's credentials. A
 * problem names the source (the variable or the path), never the value.
 * @internal
 */
import { readFile } from 'node:fs/promises';
import type { SecretSource } from '@opin/support-domain';

/** Where secrets come from: the environment, and files (tests pass their own reader). */
export interface SecretSources {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly readFile?: (path: string) => Promise<string>;
}

/** The secret's text, or why there is none. */
export type SecretRead = { ok: true; value: string } | { ok: false; problem: string };

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : 'unreadable';
}

/**
 * The secret of `source`, as it is but for a file's final line break, refused when unset, blank or
 * shorter than `minBytes` (UTF-8: bytes, not characters).
 */
export async function readSecret(
  source: SecretSource,
  sources: SecretSources,
  minBytes = 1,
): Promise<SecretRead> {
  let raw: string | undefined;
  let from: string;
  if ('env' in source) {
    from = `environment variable ${source.env}`;
    raw = sources.env[source.env];
    if (raw === undefined) return { ok: false, problem: `${from} is not set` };
  } else {
    from = `file ${source.file}`;
    try {
      raw = await (sources.readFile ?? ((path) => readFile(path, 'utf8')))(source.file);
    } catch (error) {
      return { ok: false, problem: `${from} cannot be read (${errorCode(error)})` };
    }
  }
  const value = 'file' in source ? raw.replace(/\r?\n$/, '') : raw;
  if (value.trim() === '') return { ok: false, problem: `${from} is empty` };
  const bytes = new TextEncoder().encode(value).length;
  if (bytes < minBytes) {
    return { ok: false, problem: `${from} holds ${bytes} bytes; at least ${minBytes} are needed` };
  }
  return { ok: true, value };
}
