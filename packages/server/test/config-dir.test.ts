/**
 * Loading a config directory: YAML or JSON, checked by the domain's config schemas and across its
 * lists, every problem naming its file and field.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config/config-error.js';
import { loadConfigDir } from '../src/config/load-config-dir.js';
import { smallConfig, writeConfigDir } from './support/config-dir.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function configDir(...args: Parameters<typeof writeConfigDir>): Promise<string> {
  const dir = await writeConfigDir(...args);
  dirs.push(dir);
  return dir;
}

/** The problem lines loading `dir` is refused with (fails the test if it loads). */
async function problemsOf(dir: string): Promise<readonly string[]> {
  try {
    await loadConfigDir(dir);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error(`${dir} loaded, but a refusal was expected.`);
}

describe('a config directory', () => {
  it.each(['yaml', 'json'] as const)('loads from %s files as written', async (format) => {
    const dir = await configDir(smallConfig(), format);
    expect(await loadConfigDir(dir)).toEqual(smallConfig());
  });

  it('takes .yml and a mix of YAML and JSON files', async () => {
    const { desks, topics, articles } = smallConfig();
    const dir = await configDir({ desks, topics }, 'json');
    await writeFile(join(dir, 'articles.yml'), JSON.stringify(articles));
    expect((await loadConfigDir(dir)).articles).toEqual(articles);
  });

  it('names the file and field of every schema problem, in YAML', async () => {
    const config = smallConfig();
    const [opin, savonia] = config.desks;
    const [signIn, thesis] = config.topics;
    const dir = await configDir({
      ...config,
      desks: [
        opin,
        { ...savonia, languages: ['fi', 'de'] },
        { ...savonia, id: 'xamk', deskEmail: undefined },
      ],
      topics: [
        { ...signIn, kind: 'problem' },
        { ...thesis, title: { fi: 'Opinnäytetyö', en: 'Thesis' }, owners: 'x' },
      ],
    });
    expect(await problemsOf(dir)).toEqual([
      'desks.yaml: [1].languages[1]: expected one of "fi", "sv", "en"',
      'desks.yaml: [2].deskEmail: An e-mail desk needs the address hand-offs are sent to.',
      'topics.yaml: [0].kind: expected one of "incident", "question", "request"',
      'topics.yaml: [1].title.sv: expected text',
      'topics.yaml: [1].owners: unknown field',
    ]);
  });

  it('names the file and field of every problem across the lists, in JSON', async () => {
    const config = smallConfig();
    const [signIn] = config.topics;
    const [article] = config.articles;
    const dir = await configDir(
      {
        ...config,
        topics: [...config.topics, signIn],
        articles: [{ ...article, topicIds: ['sign-in', 'enrolment'], institutionId: 'hanken2' }],
      },
      'json',
    );
    expect(await problemsOf(dir)).toEqual([
      'topics.json: [2].id: id "sign-in" is also at [0]',
      'articles.json: [0].topicIds[1]: unknown topic "enrolment"',
      'articles.json: [0].institutionId: unknown institution "hanken2" (no desk with that id and institution: true)',
    ]);
  });

  it('wants every list in one file, as a list, and readable', async () => {
    const { desks, topics } = smallConfig();
    const missing = await configDir({ desks, topics });
    expect(await problemsOf(missing)).toEqual([
      'articles: no articles.yaml, articles.yml, articles.json in the directory',
    ]);
    const twice = await configDir(smallConfig());
    await writeFile(join(twice, 'desks.json'), JSON.stringify(desks));
    expect(await problemsOf(twice)).toEqual([
      'desks.yaml and desks.json: keep one of them, not both',
    ]);
    const broken = await configDir(smallConfig(), 'json');
    await writeFile(join(broken, 'topics.json'), '[{"id": "sign-in",]');
    const [notJson] = await problemsOf(broken);
    expect(notJson).toMatch(/^topics\.json: not valid JSON: /);
    await writeFile(join(broken, 'topics.json'), JSON.stringify({ topics }));
    expect(await problemsOf(broken)).toEqual(['topics.json: expected a list']);
    const badYaml = await configDir(smallConfig());
    await writeFile(join(badYaml, 'desks.yaml'), '- id: opin\n  id: again\n');
    const [duplicateKey] = await problemsOf(badYaml);
    expect(duplicateKey).toMatch(/^desks\.yaml: not valid YAML: .*unique/i);
  });

  it('is refused when it is not a directory, saying which', async () => {
    const error = await loadConfigDir('/no/such/opin-config').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      'The config in /no/such/opin-config cannot be used:\n  not a directory',
    );
  });
});

describe('the example in docs/operations.md', () => {
  it('is a config directory the server loads', async () => {
    const doc = await readFile(new URL('../../../docs/operations.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Configuration'));
    const blocks = [...section.matchAll(/```(yaml|json)\n([\s\S]*?)```/g)].slice(0, 3);
    expect(blocks.map((block) => block[1])).toEqual(['yaml', 'yaml', 'json']);
    const dir = await configDir({});
    const names = ['desks.yaml', 'topics.yaml', 'articles.json'];
    await Promise.all(
      names.map((name, index) => writeFile(join(dir, name), blocks[index]?.[2] ?? '')),
    );
    const config = await loadConfigDir(dir);
    expect(config.desks.map((desk) => desk.id)).toEqual(['opin', 'savonia']);
    expect(config.articles.map((article) => article.topicIds)).toEqual([['sign-in']]);
  });
});
