/**
 * Reads the console's settings from the page address: `?api=` (the API base) and `?desk=` (the
 * desk to play first).
 * @internal
 */

/** The mock server's API base when `pnpm demo` runs with its default ports. */
export const DEFAULT_API_BASE = 'http://127.0.0.1:4010/api/v1';

/** What the console connects to and which desk it opens with. */
export interface ConsoleConfig {
  /** e.g. `http://127.0.0.1:4010/api/v1`, without a trailing slash. */
  apiBase: string;
  /** A desk id from `?desk=`, if it looks like one. */
  deskId: string | undefined;
  /** A ticket reference from `?ticket=` to open first, if it looks like one. */
  ticketId: string | undefined;
  /** Why a given `?api=` was ignored, to show the person. */
  problem: string | undefined;
}

const deskIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ticketIdPattern = /^OPIN-\d{6,}$/;

/**
 * Parses a query string such as
 * `?api=http%3A%2F%2F127.0.0.1%3A4010%2Fapi%2Fv1&desk=opin&ticket=OPIN-482019375568`.
 */
export function readConsoleConfig(search: string): ConsoleConfig {
  const params = new URLSearchParams(search);
  const desk = params.get('desk') ?? '';
  const ticket = (params.get('ticket') ?? '').toUpperCase();
  const chosen = {
    deskId: deskIdPattern.test(desk) ? desk : undefined,
    ticketId: ticketIdPattern.test(ticket) ? ticket : undefined,
  };
  const api = params.get('api');
  if (api === null || api.trim() === '') {
    return { apiBase: DEFAULT_API_BASE, ...chosen, problem: undefined };
  }
  const apiBase = parseHttpUrl(api.trim());
  if (apiBase === undefined) {
    const problem = `Ignored ?api=${api}: not an http(s) address. Using ${DEFAULT_API_BASE}.`;
    return { apiBase: DEFAULT_API_BASE, ...chosen, problem };
  }
  return { apiBase, ...chosen, problem: undefined };
}

function parseHttpUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.href.replace(/\/+$/, '');
}
