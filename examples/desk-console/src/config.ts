/**
 * Reads the console's settings from the page address: `?api=` (the API base), `?desk=` (the
 * desk to play first), `?ticket=`, `?mail=` (`pnpm demo`'s mail catcher, when it runs one) and
 * `?hooks=` (`pnpm demo`'s webhook receiver).
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
  /**
   * `pnpm demo`'s mail catcher from `?mail=` (e.g. `http://127.0.0.1:4011`): the e-mail desks'
   * mail is read from it and answered over SMTP through it. Without it (`pnpm dev`'s mock), from
   * the mock's outbox and through the inbound e-mail bridge.
   */
  mailCatcher: string | undefined;
  /**
   * `pnpm demo`'s webhook receiver from `?hooks=` (e.g. `http://127.0.0.1:4012`): the console
   * shows the pushes it verified. Without it, no such panel.
   */
  webhookReceiver: string | undefined;
  /** Why a given `?api=` or `?mail=` was ignored, to show the person. */
  problem: string | undefined;
}

const deskIdPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ticketIdPattern = /^OPIN-\d{6,}$/;

/**
 * Parses a query string such as
 * `?api=http%3A%2F%2F127.0.0.1%3A4010%2Fapi%2Fv1&desk=opin&ticket=OPIN-482019375568&mail=http%3A%2F%2F127.0.0.1%3A4011&hooks=http%3A%2F%2F127.0.0.1%3A4012`.
 */
export function readConsoleConfig(search: string): ConsoleConfig {
  const params = new URLSearchParams(search);
  const desk = params.get('desk') ?? '';
  const ticket = (params.get('ticket') ?? '').toUpperCase();
  const problems: string[] = [];
  const api = params.get('api')?.trim() ?? '';
  let apiBase = api === '' ? DEFAULT_API_BASE : parseHttpUrl(api);
  if (apiBase === undefined) {
    problems.push(`Ignored ?api=${api}: not an http(s) address. Using ${DEFAULT_API_BASE}.`);
    apiBase = DEFAULT_API_BASE;
  }
  const mail = params.get('mail')?.trim() ?? '';
  const mailCatcher = mail === '' ? undefined : parseHttpUrl(mail);
  if (mail !== '' && mailCatcher === undefined) {
    problems.push(`Ignored ?mail=${mail}: not an http(s) address. E-mail goes through the bridge.`);
  }
  const hooks = params.get('hooks')?.trim() ?? '';
  const webhookReceiver = hooks === '' ? undefined : parseHttpUrl(hooks);
  if (hooks !== '' && webhookReceiver === undefined) {
    problems.push(`Ignored ?hooks=${hooks}: not an http(s) address. No webhook panel.`);
  }
  return {
    apiBase,
    deskId: deskIdPattern.test(desk) ? desk : undefined,
    ticketId: ticketIdPattern.test(ticket) ? ticket : undefined,
    mailCatcher,
    webhookReceiver,
    problem: problems.length === 0 ? undefined : problems.join(' '),
  };
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
