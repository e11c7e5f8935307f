/**
 * Maps a request path to a file under one of the served directories, refusing anything that
 * could leave them: `..` segments (plain or percent-encoded), backslashes, NUL bytes and
 * dot-files. The caller still checks the real path (symbolic links) before reading.
 * @internal
 */
import { resolve, sep } from 'node:path';

/** A URL prefix served from a directory, e.g. `/widget/` → `packages/widget/dist`. */
export interface StaticMount {
  /** Starts and ends with `/`; `/` serves the root. */
  prefix: string;
  /** Absolute directory. */
  directory: string;
}

/** What a request path resolves to. */
export type ResolvedPath =
  | {
      kind: 'file';
      mount: StaticMount;
      path: string;
      /** Where to send a request for a directory without its trailing slash. */
      directoryLocation: string | undefined;
    }
  | { kind: 'redirect'; location: string }
  | { kind: 'bad_request' }
  | { kind: 'not_found' };

/** Resolves the path part of a request target (`/desk-console/index.html?x` → a file). */
export function resolveRequestPath(target: string, mounts: readonly StaticMount[]): ResolvedPath {
  const [rawPath, query] = splitQuery(target);
  if (!rawPath.startsWith('/')) return { kind: 'bad_request' };
  // `//host` would make a redirect leave the site.
  if (rawPath.startsWith('//')) return { kind: 'not_found' };
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad_request' };
  }
  if (path.includes('\0') || path.includes('\\')) return { kind: 'not_found' };

  const byLength = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const bare = byLength.find((m) => m.prefix !== '/' && path === m.prefix.slice(0, -1));
  if (bare) return { kind: 'redirect', location: `${bare.prefix}${query ?? ''}` };
  const mount = byLength.find((m) => path.startsWith(m.prefix));
  if (!mount) return { kind: 'not_found' };

  const relative = path.slice(mount.prefix.length);
  const segments = relative.split('/');
  if (segments.some((segment) => segment.startsWith('.'))) return { kind: 'not_found' };
  const file = resolve(mount.directory, ...segments);
  if (file !== mount.directory && !file.startsWith(mount.directory + sep)) {
    return { kind: 'not_found' };
  }
  const directoryLocation = path.endsWith('/') ? undefined : `${rawPath}/${query ?? ''}`;
  return { kind: 'file', mount, path: file, directoryLocation };
}

function splitQuery(target: string): [string, string | undefined] {
  const hash = target.indexOf('#');
  const withoutHash = hash === -1 ? target : target.slice(0, hash);
  const mark = withoutHash.indexOf('?');
  if (mark === -1) return [withoutHash, undefined];
  return [withoutHash.slice(0, mark), withoutHash.slice(mark)];
}
