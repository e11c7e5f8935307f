/**
 * Every TypeScript code block (```ts, ```typescript, ```tsx) in the repository's READMEs and its
 * integration guides (`docs/*-integration.md`) compiles on its own, as a reader would paste it
 * into a module: with the repository's strict settings and the packages' real types. A failure
 * names the README and the line.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { typeScriptBlocks, type CodeBlock } from './support/code-blocks.js';
import { readmeFiles } from './support/readme-files.js';
import { createBlockChecker } from './support/type-check.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const blocks = readmeFiles(root).flatMap((readme) =>
  typeScriptBlocks(readFileSync(readme, 'utf8'), readme),
);
const check = createBlockChecker(root);
// The first program parses the DOM and Node declarations and the packages' sources.
const timeout = 120_000;

describe('TypeScript in the READMEs', () => {
  it('finds the blocks of the package READMEs', () => {
    const readmes = new Set(blocks.map((block) => relative(root, block.readme)));
    expect([...readmes]).toEqual(
      expect.arrayContaining([
        'packages/mock-server/README.md',
        'packages/sdk/README.md',
        'packages/widget/README.md',
        'docs/realtime-integration.md',
      ]),
    );
  });

  it.each(blocks.map((block) => [`${relative(root, block.readme)}:${block.line}`, block] as const))(
    '%s compiles',
    (_, block) => {
      expect(check(block)).toEqual([]);
    },
    timeout,
  );
});

describe('the README block checker', () => {
  const readme = join(root, 'packages/sdk/README.md');
  const block = (code: string, language: CodeBlock['language'] = 'ts'): CodeBlock => ({
    readme,
    line: 40,
    language,
    code,
  });

  it('reads blocks with their README line, and only TypeScript ones', () => {
    const markdown = [
      '# Title', // 1
      '```ts', // 2
      'const a = 1;', // 3
      '```', // 4
      '```js', // 5
      'const b = 2;', // 6
      '```', // 7
      '````tsx', // 8
      '```', // 9: inside the four-backtick fence
      '````', // 10
      '```typescript', // 11
      'export {};', // 12
      '```', // 13
    ].join('\n');
    expect(typeScriptBlocks(markdown, readme)).toEqual([
      { readme, line: 3, language: 'ts', code: 'const a = 1;' },
      { readme, line: 9, language: 'tsx', code: '```' },
      { readme, line: 12, language: 'ts', code: 'export {};' },
    ]);
  });

  it(
    'fails on an import that does not resolve, even one for side effects only',
    () => {
      expect(check(block("import '@opin/support-widgte';"))).toEqual([
        expect.stringMatching(/^packages\/sdk\/README\.md:40:8 TS2307: .*'@opin\/support-widgte'/),
      ]);
    },
    timeout,
  );

  it(
    'reports an undefined name at its line in the README',
    () => {
      const problems = check(
        block(
          "import { createSupportClient } from '@opin/support-sdk';\n\nawait ticket(createSupportClient);",
        ),
      );
      expect(problems).toEqual([
        expect.stringMatching(/^packages\/sdk\/README\.md:42:7 TS2304: Cannot find name 'ticket'/),
      ]);
    },
    timeout,
  );

  it(
    'checks against the real types: a misspelt option and a wrong request body fail',
    () => {
      const problems = check(
        block(
          [
            "import { createSupportClient } from '@opin/support-sdk';",
            "const support = createSupportClient({ baseURL: 'http://127.0.0.1:4010/api/v1' });",
            "await support.createTicket({ topicId: 'sign-in' });",
          ].join('\n'),
        ),
      );
      expect(problems).toEqual([
        expect.stringMatching(/^packages\/sdk\/README\.md:41:\d+ TS2561: .*'baseURL'/),
        expect.stringMatching(/^packages\/sdk\/README\.md:42:\d+ TS2345: /),
      ]);
    },
    timeout,
  );

  it(
    'does not let a global declaration of one block leak into another',
    () => {
      const widgetReadme = join(root, 'packages/widget/README.md');
      const tsx = (code: string) => check({ ...block(code, 'tsx'), readme: widgetReadme });
      const typed =
        "const support = document.querySelector('opin-support');\n" +
        "support?.addEventListener('opin-ticket-created', (event) => event.detail.id);";
      expect(tsx(`import '@opin/support-widget';\n${typed}`)).toEqual([]);
      expect(tsx(typed)).toEqual([expect.stringContaining("TS2339: Property 'detail'")]);
    },
    timeout,
  );
});
