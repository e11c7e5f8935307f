/**
 * One list of a config directory: `<part>.yaml`, `<part>.yml` or `<part>.json`, exactly one of
 * them, read into plain data. Problems name the file. The optional lists (`efecte`) may be absent.
 * @internal
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';

const extensions = ['yaml', 'yml', 'json'] as const;

/** A file read, or why it could not be. */
export type ConfigFileRead =
  { ok: true; file: string; data: unknown } | { ok: false; problems: string[] };

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

async function readIfThere(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

function parse(file: string, text: string): ConfigFileRead {
  if (file.endsWith('.json')) {
    try {
      return { ok: true, file, data: JSON.parse(text) as unknown };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, problems: [`${file}: not valid JSON: ${reason}`] };
    }
  }
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => `${file}: not valid YAML: ${error.message}`),
    };
  }
  return { ok: true, file, data: document.toJS() as unknown };
}

/** Finds and reads the file of `part` (e.g. `desks`) in `dir`; its absence is a problem. */
export async function readConfigFile(dir: string, part: string): Promise<ConfigFileRead> {
  return (
    (await readOptionalConfigFile(dir, part)) ?? {
      ok: false,
      problems: [
        `${part}: no ${extensions.map((extension) => `${part}.${extension}`).join(', ')} in the directory`,
      ],
    }
  );
}

/** Finds and reads the file of `part` in `dir`; `undefined` when there is none. */
export async function readOptionalConfigFile(
  dir: string,
  part: string,
): Promise<ConfigFileRead | undefined> {
  const found: { file: string; text: string }[] = [];
  for (const extension of extensions) {
    const path = join(dir, `${part}.${extension}`);
    const text = await readIfThere(path);
    if (text !== undefined) found.push({ file: basename(path), text });
  }
  const [only, ...more] = found;
  if (!only) return undefined;
  if (more.length > 0) {
    const names = found.map(({ file }) => file).join(' and ');
    return { ok: false, problems: [`${names}: keep one of them, not both`] };
  }
  return parse(only.file, only.text);
}
