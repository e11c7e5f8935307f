/**
 * Config directories for tests: a small valid config as plain data, written as YAML or JSON into a
 * temporary directory, with whatever a test breaks in it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** A small config: Opin.fi's desk and one institution's e-mail desk, two topics, one article. */
export function smallConfig() {
  return {
    desks: [
      {
        id: 'opin',
        name: { fi: 'Opin.fi-tuki', sv: 'Opin.fi-supporten', en: 'Opin.fi support' },
        languages: ['fi', 'sv', 'en'],
        integration: 'realtime',
        responseTargetHours: 24,
        contactUrl: 'https://opin.fi/tuki',
        institution: false,
      },
      {
        id: 'savonia',
        name: { fi: 'Savonia', sv: 'Savonia', en: 'Savonia UAS' },
        languages: ['fi', 'en'],
        integration: 'email',
        responseTargetHours: 48,
        contactUrl: 'https://www.savonia.fi/yhteystiedot',
        deskEmail: 'palvelupiste@savonia.fi',
        institution: true,
      },
    ],
    topics: [
      {
        id: 'sign-in',
        kind: 'incident',
        owner: 'opin',
        requiresInstitution: false,
        title: { fi: 'Kirjautuminen', sv: 'Inloggning', en: 'Signing in' },
        summary: { fi: 'Et pääse sisään.', sv: 'Du kommer inte in.', en: 'You cannot sign in.' },
      },
      {
        id: 'thesis',
        kind: 'request',
        owner: 'institution',
        requiresInstitution: true,
        title: { fi: 'Opinnäytetyö', sv: 'Examensarbete', en: 'Thesis' },
        summary: { fi: 'Ohjaus.', sv: 'Handledning.', en: 'Supervision.' },
      },
    ],
    articles: [
      {
        id: 'sign-in-help',
        topicIds: ['sign-in'],
        translations: {
          fi: { title: 'Kirjautumisohje', summary: 'Näin kirjaudut.', body: 'Valitse tunnistus.' },
        },
      },
    ],
  };
}

/** The config's three lists, as a test may break them. */
export type ConfigLists = ReturnType<typeof smallConfig>;

/** Writes `lists` into a new temporary directory, each as `<part>.yaml` or `<part>.json`. */
export async function writeConfigDir(
  lists: Record<string, unknown>,
  format: 'yaml' | 'json' = 'yaml',
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'opin-config-'));
  for (const [part, list] of Object.entries(lists)) {
    const text = format === 'yaml' ? stringify(list) : JSON.stringify(list, null, 2);
    await writeFile(join(dir, `${part}.${format}`), text);
  }
  return dir;
}
