/**
 * Efecte's outbound call to Opin.fi, as the design assumes it (docs/design/realtime.md, §4): how
 * Efecte makes outbound REST calls is NOT documented in A or B, so the shape is ours, not
 * Efecte's: `POST <url>` with `{"dataCardId": "…"}` and `Authorization: Bearer <secret>`. An
 * institution configures such a call in Efecte; a test configures it here and fires it.
 */

/** Where the outbound call goes and the secret it carries. */
export interface OutboundConfig {
  readonly url: string;
  readonly secret: string;
}

/** What Opin.fi answered. */
export interface OutboundAnswer {
  readonly status: number;
  readonly body: string;
}

/**
 * Sends the call for `dataCardId`. `secret`: the configured one (`undefined`), another one (a
 * forgery), or `null` for no `Authorization` header at all.
 */
export async function fireOutbound(
  config: OutboundConfig,
  dataCardId: string,
  secret?: string | null,
): Promise<OutboundAnswer> {
  const presented = secret === undefined ? config.secret : secret;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (presented !== null) headers['authorization'] = `Bearer ${presented}`;
  const response = await fetch(config.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ dataCardId }),
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: await response.text() };
}
