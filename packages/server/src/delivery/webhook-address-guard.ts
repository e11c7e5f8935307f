/**
 * The webhook sender's guard against server-side request forgery: a `lookup` for node:http(s)
 * that resolves the host itself and refuses an address a webhook must not reach. It runs when the
 * socket connects, on the addresses the socket then uses, so DNS rebinding (a public answer when
 * the URL was checked, a private one at connect time) cannot slip past it. Ranges come from
 * `ipaddr.js`; only ordinary public unicast passes on its own. `allowPrivateNetwork` (an
 * institution's ITSM on its own network) adds loopback, private (10/8, 172.16/12, 192.168/16,
 * fc00::/7) and carrier-grade NAT (100.64/10); `allowLoopback` (the demo's own receiver) adds
 * loopback alone. Link-local (169.254/16 with the cloud metadata address 169.254.169.254,
 * fe80::/10), multicast, unspecified, broadcast and reserved addresses, and IPv6 forms that embed
 * an IPv4 address other than IPv4-mapped, are refused whatever the entry says: no receiver lives
 * there. IPv4-mapped IPv6 (`::ffff:a.b.c.d`) is judged as its IPv4 address.
 * @internal
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** What a webhook entry lets its sender reach besides the public internet. */
export interface WebhookAddressPolicy {
  /** Loopback, private and carrier-grade NAT addresses (`allowPrivateNetwork: true`). */
  readonly allowPrivateNetwork: boolean;
  /** Loopback only (the demo's receiver, `--demo`). */
  readonly allowLoopback: boolean;
}

/** What kind of address it is, for the guard. */
export type AddressKind = 'public' | 'private' | 'loopback' | 'forbidden';

/** Resolves a host name to every address (the system resolver by default; tests stub it). */
export type ResolveHost = (hostname: string) => Promise<readonly LookupAddress[]>;

/** The error code of a refused address: the delivery's `failure`. */
export const addressRefusedCode = 'ADDRESS_REFUSED';

const privateRanges = new Set(['private', 'uniqueLocal', 'carrierGradeNat']);

/** The kind of `address` (an IPv4 or IPv6 literal); anything unparsable is `forbidden`. */
export function addressKind(address: string): AddressKind {
  if (!ipaddr.isValid(address)) return 'forbidden';
  // `process` turns an IPv4-mapped IPv6 address into its IPv4 address.
  const range = ipaddr.process(address).range();
  if (range === 'unicast') return 'public';
  if (range === 'loopback') return 'loopback';
  return privateRanges.has(range) ? 'private' : 'forbidden';
}

/** Whether `policy` lets a webhook connect to `address`. */
export function addressAllowed(address: string, policy: WebhookAddressPolicy): boolean {
  switch (addressKind(address)) {
    case 'public':
      return true;
    case 'loopback':
      return policy.allowPrivateNetwork || policy.allowLoopback;
    case 'private':
      return policy.allowPrivateNetwork;
    case 'forbidden':
      return false;
  }
}

const systemResolve: ResolveHost = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) reject(error);
      else resolve(addresses);
    });
  });

function refused(hostname: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(
    `${hostname} resolves to an address webhooks may not reach.`,
  );
  error.code = addressRefusedCode;
  return error;
}

function notFound(hostname: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${hostname} has no address.`);
  error.code = 'ENOTFOUND';
  return error;
}

function familyOf(family: number | 'IPv4' | 'IPv6' | undefined): 4 | 6 | undefined {
  if (family === 4 || family === 'IPv4') return 4;
  if (family === 6 || family === 'IPv6') return 6;
  return undefined;
}

/**
 * A `lookup` for `http.request` (and `net.connect`): the host's addresses if every one of them is
 * allowed, else the error `ADDRESS_REFUSED` (a host with one forbidden address among public ones
 * is refused whole). An IP literal is judged as it is, without a resolver; note that node:net
 * does not call `lookup` for one, so the sender asks the guard itself first (`postWebhook`).
 */
export function webhookAddressGuard(
  policy: WebhookAddressPolicy,
  resolve: ResolveHost = systemResolve,
): LookupFunction {
  return (hostname, options, callback) => {
    const family = isIP(hostname);
    const resolving: Promise<readonly LookupAddress[]> =
      family === 0 ? resolve(hostname) : Promise.resolve([{ address: hostname, family }]);
    resolving.then(
      (found) => {
        const only = familyOf(options.family);
        const wanted = only ? found.filter((entry) => entry.family === only) : found;
        const [first] = wanted;
        if (!first) return callback(notFound(hostname), '');
        if (!wanted.every((entry) => addressAllowed(entry.address, policy))) {
          return callback(refused(hostname), '');
        }
        if (options.all) return callback(null, [...wanted]);
        return callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), ''),
    );
  };
}
