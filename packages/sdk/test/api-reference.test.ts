import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const sdkDir = fileURLToPath(new URL('..', import.meta.url));
const committedDir = fileURLToPath(new URL('../../../docs/api/sdk', import.meta.url));
const openApiPage = fileURLToPath(new URL('../../../docs/api/openapi.md', import.meta.url));
const typedocBin = join(sdkDir, 'node_modules', 'typedoc', 'bin', 'typedoc');

/** Every file under `dir`, as sorted paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** `METHOD /path` of every operation in packages/sdk/openapi.json. */
function operationsInOpenApi(): string[] {
  const document = JSON.parse(readFileSync(join(sdkDir, 'openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(document.paths)
    .flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    )
    .sort();
}

/** `METHOD /path` of every row of the operation tables in docs/api/openapi.md. */
function operationsOnPage(): string[] {
  const rows = readFileSync(openApiPage, 'utf8').matchAll(
    /^\| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)`/gm,
  );
  return [...rows].map(([, method, path]) => `${method ?? ''} ${path ?? ''}`).sort();
}

describe('the SDK API reference in docs/api/sdk', () => {
  const freshDir = mkdtempSync(join(tmpdir(), 'opin-sdk-api-'));
  afterAll(() => rmSync(freshDir, { recursive: true, force: true }));

  it('is current: regenerate it with `pnpm --filter @opin/support-sdk docs`', () => {
    // typedoc.json treats warnings as errors, so an undocumented export or a broken link fails here.
    execFileSync(process.execPath, [typedocBin, '--options', 'typedoc.json', '--out', freshDir], {
      cwd: sdkDir,
      stdio: 'pipe',
    });
    const fresh = filesUnder(freshDir);
    expect(filesUnder(committedDir)).toEqual(fresh);
    for (const file of fresh) {
      const committed = readFileSync(join(committedDir, file), 'utf8');
      expect(committed, file).toBe(readFileSync(join(freshDir, file), 'utf8'));
    }
  });

  it('covers the three entry points and leaves internal modules out', () => {
    const files = filesUnder(committedDir);
    expect(files).toContain(join('@opin', 'support-sdk', 'functions', 'createSupportClient.md'));
    expect(files).toContain(
      join('@opin', 'support-sdk', 'desk', 'functions', 'createDeskClient.md'),
    );
    expect(files).toContain(
      join('@opin', 'support-sdk', 'schemas', 'variables', 'ticketSchema.md'),
    );
    expect(files.filter((file) => /normalizeText|readEventStream|createHttp/.test(file))).toEqual(
      [],
    );
  });
});

describe('the OpenAPI page docs/api/openapi.md', () => {
  it('lists exactly the operations of packages/sdk/openapi.json', () => {
    expect(operationsOnPage()).toEqual(operationsInOpenApi());
  });
});
