import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  localeChunksSource,
  targetLocales,
  writeLocaleChunks,
} from '../../scripts/bundle/locale-chunks.js';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const chunks: Record<string, string> = { fi: 'chunks/fi-!~{003}~.js', sv: 'chunks/sv-!~{004}~.js' };

describe('the locale chunks written into the launcher', () => {
  it('are the translated locales, English being the source', () => {
    expect(targetLocales(packageDir)).toEqual(['fi', 'sv']);
  });

  it('replace each marker by the path of its chunk from the launcher', () => {
    const code = localeChunksSource(['fi', 'sv']);
    expect(writeLocaleChunks(code, 'opin-support.js', ['fi', 'sv'], (l) => chunks[l])).toBe(
      'export const localeChunks = { "fi": "./chunks/fi-!~{003}~.js", "sv": "./chunks/sv-!~{004}~.js" };\n',
    );
  });

  it('find the markers in whichever quotes the bundler renders them', () => {
    const code = "var r = { fi: `opin-locale-chunk:fi`, sv: 'opin-locale-chunk:sv' };";
    expect(writeLocaleChunks(code, 'opin-support.js', ['fi', 'sv'], (l) => chunks[l])).toBe(
      'var r = { fi: "./chunks/fi-!~{003}~.js", sv: "./chunks/sv-!~{004}~.js" };',
    );
  });

  it('are relative to the file they are written into', () => {
    const code = localeChunksSource(['fi']);
    expect(writeLocaleChunks(code, 'nested/launcher.js', ['fi'], (l) => chunks[l])).toContain(
      '"../chunks/fi-!~{003}~.js"',
    );
  });

  it('fail the build when a locale has no chunk', () => {
    const code = localeChunksSource(['fi', 'de']);
    expect(() =>
      writeLocaleChunks(code, 'opin-support.js', ['fi', 'de'], (l) => chunks[l]),
    ).toThrow('no chunk for the locale de');
  });

  it('fail the build when the launcher does not name every locale', () => {
    expect(() =>
      writeLocaleChunks(
        localeChunksSource(['fi']),
        'opin-support.js',
        ['fi', 'sv'],
        (l) => chunks[l],
      ),
    ).toThrow('opin-support.js names no chunk for sv');
  });
});
