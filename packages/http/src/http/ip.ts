/**
 * IP addresses and CIDR ranges, without Node.js (the handlers also run in a browser): parsing,
 * range checks, and the bucket an address is counted in.
 * @internal
 */

/** An address as 4 (IPv4) or 16 (IPv6) bytes. IPv4-mapped IPv6 (`::ffff:a.b.c.d`) is IPv4. */
export type IpBytes = Uint8Array;

/** A range: an address and how many leading bits must match. */
export interface IpRange {
  bytes: IpBytes;
  prefix: number;
}

function parseIpv4(text: string): IpBytes | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (const [index, part] of parts.entries()) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return undefined;
    bytes[index] = Number(part);
  }
  return bytes;
}

function hexGroups(text: string): number[] | undefined {
  if (text === '') return [];
  const groups: number[] = [];
  for (const group of text.split(':')) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return undefined;
    groups.push(parseInt(group, 16));
  }
  return groups;
}

function parseIpv6(text: string): IpBytes | undefined {
  let rest = text;
  let tail: IpBytes | undefined;
  const lastColon = rest.lastIndexOf(':');
  if (rest.includes('.', lastColon)) {
    tail = parseIpv4(rest.slice(lastColon + 1));
    if (!tail) return undefined;
    rest = `${rest.slice(0, lastColon + 1)}0:0`;
  }
  const halves = rest.split('::');
  if (halves.length > 2) return undefined;
  const head = hexGroups(halves[0] ?? '');
  const back = halves.length === 2 ? hexGroups(halves[1] ?? '') : [];
  if (!head || !back) return undefined;
  const missing = 8 - head.length - back.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...back];
  const bytes = new Uint8Array(16);
  groups.forEach((group, index) => {
    bytes[index * 2] = group >> 8;
    bytes[index * 2 + 1] = group & 0xff;
  });
  if (tail) bytes.set(tail, 12);
  return bytes;
}

function isIpv4Mapped(bytes: IpBytes): boolean {
  return (
    bytes.length === 16 &&
    bytes.subarray(0, 10).every((b) => b === 0) &&
    bytes[10] === 0xff &&
    bytes[11] === 0xff
  );
}

/**
 * The bytes of an address written as IPv4 or IPv6 (brackets and a zone such as `%eth0` allowed);
 * `undefined` if it is neither. IPv4-mapped IPv6 comes back as the 4 bytes of the IPv4 address.
 */
export function parseIp(text: string): IpBytes | undefined {
  let value = text.trim();
  if (value.startsWith('[') && value.endsWith(']')) value = value.slice(1, -1);
  if (value.includes(':')) {
    const bytes = parseIpv6(value.replace(/%[\w.~-]+$/, ''));
    return bytes && isIpv4Mapped(bytes) ? bytes.slice(12) : bytes;
  }
  return parseIpv4(value);
}

/**
 * An address as it appears in `X-Forwarded-For`: a bare address, or with a port (`a.b.c.d:p`,
 * `[v6]:p`).
 */
export function parseForwardedIp(text: string): IpBytes | undefined {
  const value = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) return parseIp(bracketed[1] ?? '');
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(value);
  return parseIp(withPort ? (withPort[1] ?? '') : value);
}

/** A range written `address/prefix` or a single address; `undefined` if malformed. */
export function parseIpRange(text: string): IpRange | undefined {
  const [address = '', prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return undefined;
  const written = parseIp(address);
  if (!written) return undefined;
  // A mapped address's prefix counts from the start of the IPv6 form.
  const mappedOffset = address.includes(':') && written.length === 4 ? 96 : 0;
  const bits = written.length * 8;
  if (prefixText === undefined) return { bytes: written, prefix: bits };
  if (!/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText) - mappedOffset;
  if (prefix < 0 || prefix > bits) return undefined;
  return { bytes: written, prefix };
}

/** Whether `address` lies in `range` (an IPv4 address is never in an IPv6 range, nor back). */
export function inRange(address: IpBytes, range: IpRange): boolean {
  if (address.length !== range.bytes.length) return false;
  let bits = range.prefix;
  for (let index = 0; bits > 0; index += 1, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((address[index] ?? 0) & mask) !== ((range.bytes[index] ?? 0) & mask)) return false;
  }
  return true;
}

/** Whether the address is loopback: 127.0.0.0/8 or `::1`. */
export function isLoopback(address: IpBytes): boolean {
  if (address.length === 4) return address[0] === 127;
  return address.subarray(0, 15).every((b) => b === 0) && address[15] === 1;
}

/**
 * The bucket an address is counted in: an IPv4 address itself, an IPv6 address's /64 (one
 * subscriber usually holds a whole /64). `4:192.0.2.1`, `6:2001:db8:0:1::/64`.
 */
export function addressBucket(address: IpBytes): string {
  if (address.length === 4) return `4:${address.join('.')}`;
  const groups: string[] = [];
  for (let index = 0; index < 8; index += 2) {
    groups.push((((address[index] ?? 0) << 8) | (address[index + 1] ?? 0)).toString(16));
  }
  return `6:${groups.join(':')}::/64`;
}
