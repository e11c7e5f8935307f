/**
 * The design documents in docs/design are the project's own spec (docs/design/README.md): no file
 * of the repository points at a spec outside it, every `docs/design/…` path cited anywhere exists,
 * the design pages' own links resolve, and docs/design/api.md lists exactly the endpoints of the
 * OpenAPI document plus the mock server's own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMockApi } from '@opin/support-mock-server';
import { describe, expect, it } from 'vitest';
import {
  operationsInMarkdownTables,
  operationsInOpenApi,
} from '../../packages/sdk/test/support/operations.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const designDir = join(root, 'docs', 'design');

/**
 * The text files of the repository: tracked by git, plus new ones git does not ignore (so the
 * checks hold before a commit too). Files deleted from the working tree and binaries are skipped.
 */
function repositoryTextFiles(): { path: string; text: string }[] {
  if (textFiles) return textFiles;
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const files: { path: string; text: string }[] = [];
  for (const path of new Set(listed.split('\0').filter(Boolean))) {
    const full = join(root, path);
    if (!existsSync(full) || !statSync(full).isFile()) continue;
    const bytes = readFileSync(full);
    if (bytes.includes(0)) continue;
    files.push({ path, text: bytes.toString('utf8') });
  }
  textFiles = files;
  return files;
}
let textFiles: { path: string; text: string }[] | undefined;

// Built from parts, so that this file does not itself contain what it looks for.
const shared = 'shared';
/** A sub-folder of the old spec's folder beside the repository, however it is reached. */
const besideRepoFolder = new RegExp(`\\b${shared}/(?:design|seed|style|toolchain)\\b`);
/** A relative path that climbs to a folder of that name: `../<name>`, `../../<name>`, … */
const climbToShared = new RegExp(`(?:\\.\\./)+${shared}\\b`, 'g');

/** The places in `text` (of the file at `path`) that refer to the shared folder beside the repo. */
function referencesOutside(path: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    const leaves = [...line.matchAll(climbToShared)].some(([climb]) => {
      const target = resolve(root, dirname(path), climb);
      return target !== root && !target.startsWith(root + sep);
    });
    if (leaves || besideRepoFolder.test(line)) found.push(`${path}:${index + 1}: ${line.trim()}`);
  });
  return found;
}

/** The file name of every design document `text` cites by its path in the repository. */
function citedDesignDocs(text: string): string[] {
  return [...text.matchAll(/docs\/design\/([\w.-]+\.md)/g)].map(([, name]) => name ?? '');
}

/** `METHOD /path` of every operation the mock server handles (preflight and 404 catch-alls left out). */
function mockServerOperations(): string[] {
  const operations = createMockApi().handlers.flatMap(({ info }) => {
    const match = /^(GET|POST|PUT|PATCH|DELETE) \S*?\/api\/v1(\/\S+)$/.exec(info.header);
    if (!match) return [];
    const [, method = '', path = ''] = match;
    return [`${method} ${path.replace(/:(\w+)/g, '{$1}')}`];
  });
  return [...new Set(operations)].sort();
}

describe('the repository refers to no spec outside it', () => {
  it('finds a reference to the shared folder beside the repo, and only such references', () => {
    const oldReadmeLine = ['The spec lives in `..', shared, 'design/` (domain, …).'].join('/');
    expect(referencesOutside('README.md', oldReadmeLine)).toHaveLength(1);
    expect(referencesOutside('docs/a.md', `see ../../${shared}/notes.md`)).toHaveLength(1);
    // A folder of that name inside the repository is fine.
    expect(referencesOutside('examples/page/index.html', `src="../${shared}/x.js"`)).toEqual([]);
  });

  it('has no tracked or new file that refers to it', () => {
    const files = repositoryTextFiles();
    expect(files.map((file) => file.path)).toContain('README.md');
    expect(files.flatMap(({ path, text }) => referencesOutside(path, text))).toEqual([]);
  });
});

describe('the design documents in docs/design', () => {
  it('exist for every docs/design path cited in the repository', () => {
    const cited = new Set(repositoryTextFiles().flatMap(({ text }) => citedDesignDocs(text)));
    expect([...cited]).toEqual(
      expect.arrayContaining(['api.md', 'domain.md', 'widget.md', 'quality.md']),
    );
    const missing = [...cited].filter((name) => !existsSync(join(designDir, name)));
    expect(missing).toEqual([]);
  });

  it('link only to files that exist', () => {
    const broken: string[] = [];
    for (const name of ['README.md', 'api.md', 'domain.md', 'widget.md', 'quality.md']) {
      const page = join(designDir, name);
      const text = readFileSync(page, 'utf8');
      for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
        const file = resolve(designDir, target.split('#')[0] ?? '');
        if (!existsSync(file)) broken.push(`${name}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('docs/design/api.md', () => {
  const documented = operationsInMarkdownTables(readFileSync(join(designDir, 'api.md'), 'utf8'));
  const contract = operationsInOpenApi();
  const mock = mockServerOperations();

  it('lists each endpoint once', () => {
    expect(documented.length).toBeGreaterThan(0);
    expect(new Set(documented).size).toBe(documented.length);
  });

  it('lists exactly the operations of openapi.json and the mock-only ones it lacks', () => {
    const mockOnly = mock.filter((operation) => !contract.includes(operation));
    expect(mockOnly.every((operation) => / \/_mock\//.test(operation))).toBe(true);
    expect(documented).toEqual([...contract, ...mockOnly].sort());
  });

  it('describes endpoints the mock server really serves', () => {
    expect(mock).toEqual(expect.arrayContaining(contract));
  });
});
