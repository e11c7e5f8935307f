import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventMapNames } from './support/event-map.js';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const analyzer = join(
  dirname(
    createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/package.json'),
  ),
  'cem.js',
);

/** `observedAttributes`, then `fallback-contact`, which the panel reads when it needs it. */
const attributes = [
  'api-base',
  'origin',
  'institution',
  'topic',
  'lang',
  'mode',
  'open',
  'language-switch',
  'fallback-contact',
];
const parts = ['launcher', 'dialog', 'header', 'body', 'footer'];

interface Named {
  name: string;
  type?: { text: string };
  fieldName?: string;
}
interface Declaration extends Named {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

let committed: Manifest;
let fresh: Manifest;
const elements = () => fresh.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const element = () => {
  const [first] = elements();
  if (!first) throw new Error('the manifest declares no custom element');
  return first;
};
const names = (items: Named[] | undefined) => (items ?? []).map((item) => item.name);

/** Every `--opin-support-*` custom property the host and panel styles read. */
async function customPropertiesInStyles(): Promise<string[]> {
  const panelStyles = join(packageDir, 'src/panel/styles');
  const files = [
    join(packageDir, 'src/opin-support.styles.ts'),
    // The launcher's mark for a new reply, added by the reply badge's chunk.
    join(packageDir, 'src/panel/reply-badge/launcher-badge.ts'),
    ...(await readdir(panelStyles)).map((file) => join(panelStyles, file)),
  ];
  const found = new Set<string>();
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    for (const [name] of text.matchAll(/--opin-support-[a-z-]+/g)) found.add(name);
  }
  return [...found];
}

beforeAll(async () => {
  const outdir = await mkdtemp(join(tmpdir(), 'opin-cem-'));
  try {
    // The analyzer joins --outdir to the working directory: hand it a relative path.
    const args = ['analyze', '--config', 'custom-elements-manifest.config.mjs'];
    args.push('--outdir', relative(packageDir, outdir));
    await promisify(execFile)(process.execPath, [analyzer, ...args], { cwd: packageDir });
    fresh = JSON.parse(await readFile(join(outdir, 'custom-elements.json'), 'utf8')) as Manifest;
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
  const file = join(packageDir, 'custom-elements.json');
  committed = JSON.parse(await readFile(file, 'utf8')) as Manifest;
});

describe('custom-elements.json', () => {
  it('is what the analyzer makes of the current sources (else run `pnpm run manifest`)', () => {
    expect(committed).toEqual(fresh);
  });

  it('declares <opin-support> and none of the internal panel elements', () => {
    expect(elements().map((d) => d.tagName)).toEqual(['opin-support']);
    expect(element().name).toBe('OpinSupportElement');
    expect(fresh.modules.some((m) => m.path.includes('panel'))).toBe(false);
  });

  it('lists every attribute, linked to its property where it has one', () => {
    expect(names(element().attributes)).toEqual(attributes);
    const apiBase = element().attributes?.find((a) => a.name === 'api-base');
    expect(apiBase?.fieldName).toBe('apiBase');
    const fallback = element().attributes?.find((a) => a.name === 'fallback-contact');
    expect(fallback?.fieldName).toBeUndefined();
  });

  it('lists every event with its detail type from events.ts', () => {
    expect(names(element().events)).toEqual(eventMapNames());
    for (const event of element().events ?? []) {
      expect(event.type?.text).toBe(`CustomEvent<OpinSupportEventMap['${event.name}']>`);
    }
  });

  it('lists the launcher, the dialog and the parts the panel exports', () => {
    expect(names(element().cssParts)).toEqual(parts);
  });

  it('lists every --opin-support-* custom property the styles read', async () => {
    const listed = names(element().cssProperties);
    expect(listed.toSorted()).toEqual((await customPropertiesInStyles()).toSorted());
  });
});
