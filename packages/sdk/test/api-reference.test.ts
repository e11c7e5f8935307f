import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { operationsInMarkdownTables, operationsInOpenApi } from './support/operations.js';

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

describe('the SDK API reference in docs/api/sdk', () => {
  const freshDir = mkdtempSync(join(tmpdir(), 'opin-sdk-api-'));
  afterAll(() => rmSync(freshDir, { recursive: true, force: true }));

  // typedoc compiles the whole SDK: a minute or more on a busy machine.
  it(
    'is current: regenerate it with `pnpm --filter @opin/support-sdk docs`',
    { timeout: 180_000 },
    () => {
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
    },
  );

  it('covers the four entry points and leaves internal modules out', () => {
    const files = filesUnder(committedDir);
    expect(files).toContain(join('@opin', 'support-sdk', 'functions', 'createSupportClient.md'));
    expect(files).toContain(
      join('@opin', 'support-sdk', 'desk', 'functions', 'createDeskClient.md'),
    );
    expect(files).toContain(
      join('@opin', 'support-sdk', 'schemas', 'variables', 'ticketSchema.md'),
    );
    expect(files).toContain(
      join('@opin', 'support-sdk', 'schemas', 'functions', 'normalizeText.md'),
    );
    expect(files).toContain(join('@opin', 'support-sdk', 'functions', 'isRetryableError.md'));
    expect(files).toContain(
      join('@opin', 'support-sdk', 'webhooks', 'functions', 'verifyWebhookSignature.md'),
    );
    const internal =
      /ticketShape|retryableStatuses|readEventStream|createHttp|createMockControl|parseSignatureHeader|importHmacKey/;
    expect(files.filter((file) => internal.test(file))).toEqual([]);
  });
});

describe('the OpenAPI page docs/api/openapi.md', () => {
  it('lists exactly the operations of packages/sdk/openapi.json', () => {
    const page = readFileSync(openApiPage, 'utf8');
    expect(operationsInMarkdownTables(page)).toEqual(operationsInOpenApi());
  });
});
