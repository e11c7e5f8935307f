/**
 * Source maps in a tarball must lead somewhere: every `sourceMappingURL` to a map in the tarball,
 * and every map's `sources` to a file in the tarball (or be embedded as `sourcesContent`).
 * Otherwise debuggers and bundlers' source-map loaders warn about missing files in the user's build.
 * @internal
 */
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { error, type Finding } from './finding.js';
import type { PackedPackage } from './pack.js';

interface SourceMap {
  sourceRoot?: string;
  sources?: (string | null)[];
  sourcesContent?: (string | null)[];
}

const mappingUrl = /\/[/*][#@] sourceMappingURL=([^\s*]+)/;

/** Broken source-map links in `packed`, at most one finding per file. */
export async function sourceMapFindings(packed: PackedPackage): Promise<Finding[]> {
  const findings: Finding[] = [];
  const missingSources = new Map<string, string[]>();
  for (const file of packed.files.keys()) {
    const text = () => readFile(join(packed.root, file), 'utf8');
    if (file.endsWith('.map')) {
      const missing = unresolvedSources(file, JSON.parse(await text()) as SourceMap, packed.files);
      if (missing.length) missingSources.set(file, missing);
    } else if (/\.(m?js|d\.ts)$/.test(file)) {
      const url = mappingUrl.exec(await text())?.[1];
      if (
        url &&
        !url.startsWith('data:') &&
        !packed.files.has(posix.join(posix.dirname(file), url))
      ) {
        findings.push(error('files', `${file} points to source map ${url}, not in the tarball`));
      }
    }
  }
  if (missingSources.size) {
    const [firstMap = '', firstMissing = []] = [...missingSources][0] ?? [];
    findings.push(
      error(
        'files',
        `${missingSources.size} source map(s) name sources that are not in the tarball ` +
          `(e.g. ${firstMap} → ${firstMissing.join(', ')}): ship the sources or drop the maps`,
      ),
    );
  }
  return findings;
}

/** The sources of `map` (at `mapFile`) that are neither embedded nor in `files`. */
function unresolvedSources(
  mapFile: string,
  map: SourceMap,
  files: ReadonlyMap<string, number>,
): string[] {
  const base = posix.join(posix.dirname(mapFile), map.sourceRoot ?? '');
  return (map.sources ?? []).flatMap((source, index) => {
    if (source === null || typeof map.sourcesContent?.[index] === 'string') return [];
    if (/^[a-z]+:/i.test(source)) return [];
    return files.has(posix.join(base, source)) ? [] : [source];
  });
}
