/**
 * Which desk ids a key may name. For now any lowercase slug; once the server reads its
 * configuration, only the desks it configures.
 * @internal
 */

/** Whether `desk` is a well-formed desk id. */
export function isDeskId(desk: string): boolean {
  return /^[a-z0-9-]+$/.test(desk) && desk.length <= 64;
}
