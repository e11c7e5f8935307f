/**
 * Who the client is, for everything counted per client (ticket creations, Idempotency-Keys, and
 * connections and event streams in the Node server): one key per IPv4 address or IPv6 /64.
 * Behind proxies the operator trusts (`trustedProxies`), the right-most address of
 * `X-Forwarded-For` that is not such a proxy; from anyone else, `X-Forwarded-For` means nothing.
 * @internal
 */
import {
  addressBucket,
  inRange,
  parseForwardedIp,
  parseIp,
  parseIpRange,
  type IpBytes,
  type IpRange,
} from './ip.js';

/** Request header the Node adapter sets to the socket's address (overwriting any sent one). */
export const CLIENT_ADDRESS_HEADER = 'x-opin-mock-client';

/** The key of callers without a known address: in a browser every caller shares it. */
export const SHARED_CLIENT = 'shared';

/** What the client key depends on: the mock's `trustedProxies`. */
export interface ClientKeyOptions {
  readonly options: { readonly trustedProxies: readonly string[] };
}

const parsedRanges = new WeakMap<readonly string[], IpRange[]>();

/** The ranges of a `trustedProxies` list; throws a RangeError for an entry that is none. */
export function trustedProxyRanges(list: readonly string[]): IpRange[] {
  let ranges = parsedRanges.get(list);
  if (!ranges) {
    ranges = list.map((entry) => {
      const range = parseIpRange(entry);
      if (!range)
        throw new RangeError(`trustedProxies: "${entry}" is no IP address or CIDR range.`);
      return range;
    });
    parsedRanges.set(list, ranges);
  }
  return ranges;
}

function trusted(address: IpBytes, ranges: readonly IpRange[]): boolean {
  return ranges.some((range) => inRange(address, range));
}

/** Whether a socket's peer address is one of the trusted proxies. */
export function isTrustedProxy(peer: string, trustedProxies: readonly string[]): boolean {
  const address = parseIp(peer);
  return address !== undefined && trusted(address, trustedProxyRanges(trustedProxies));
}

/**
 * The client's address: the peer's, unless the peer is a trusted proxy; then `X-Forwarded-For`
 * is read from the right, skipping trusted proxies, and the first other address is the client.
 * An entry that is no address stops the walk at the proxy that wrote it.
 */
function clientAddressOf(
  peer: string,
  forwardedFor: string | null,
  ranges: readonly IpRange[],
): IpBytes | string {
  let current = parseIp(peer);
  if (!current || !trusted(current, ranges)) return current ?? peer;
  const hops = (forwardedFor ?? '').split(',');
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hopText = hops[index]?.trim() ?? '';
    if (hopText === '') continue;
    const hop = parseForwardedIp(hopText);
    if (!hop) return current;
    current = hop;
    if (!trusted(hop, ranges)) return hop;
  }
  return current;
}

/** The key of an address: its IPv4 address or IPv6 /64; anything else as written. */
export function addressKey(address: string): string {
  const bytes = parseIp(address);
  return bytes ? addressBucket(bytes) : address;
}

/**
 * The key of the client that sent `request`: the same for every address of one IPv6 /64, and
 * `shared` without the Node adapter (in a browser).
 */
export function clientKey(ctx: ClientKeyOptions, request: Request): string {
  const peer = request.headers.get(CLIENT_ADDRESS_HEADER);
  if (peer === null) return SHARED_CLIENT;
  const ranges = trustedProxyRanges(ctx.options.trustedProxies);
  const client = clientAddressOf(peer, request.headers.get('x-forwarded-for'), ranges);
  return typeof client === 'string' ? client : addressBucket(client);
}
