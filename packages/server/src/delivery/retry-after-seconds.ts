/**
 * A webhook receiver's `Retry-After`: delay seconds or an HTTP date, as whole seconds from now,
 * at most an hour (docs/design/realtime.md, "Delivery"); anything else is ignored.
 * @internal
 */

/** The longest wait a receiver may ask for: one hour. */
export const maxRetryAfterSeconds = 3600;

/** The wait `value` asks for, 0 to 3600 seconds, or `undefined` when it is absent or unreadable. */
export function retryAfterSeconds(
  value: string | readonly string[] | undefined,
  now: Date = new Date(),
): number | undefined {
  const text = (typeof value === 'string' ? value : value?.[0])?.trim();
  if (!text) return undefined;
  let seconds: number;
  if (/^\d{1,10}$/.test(text)) seconds = Number(text);
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at) || !/[a-z]/i.test(text)) return undefined;
    seconds = Math.max(0, Math.ceil((at - now.getTime()) / 1000));
  }
  return Math.min(seconds, maxRetryAfterSeconds);
}
