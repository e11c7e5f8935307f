/**
 * Who is calling: a learner holding a ticket's access token, or a desk holding its key.
 * A token that does not open the ticket is 404, never 403: a ticket's existence is not revealed.
 * @internal
 */
import type { MockContext } from '../mock-context.js';
import { hashToken, ApiError, notFound, sameHash, type StoredTicket } from '@opin/support-domain';

const bearerPattern = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
const DESK_KEY_PREFIX = 'dev-';

/** The mock server's key for a desk: `dev-<deskId>`. */
export function deskKeyFor(deskId: string): string {
  return `${DESK_KEY_PREFIX}${deskId}`;
}

function unauthorized(message: string): ApiError {
  return new ApiError(401, 'unauthorized', message);
}

function bearerToken(request: Request, what: string): string {
  const match = bearerPattern.exec(request.headers.get('authorization') ?? '');
  if (!match?.[1]) throw unauthorized(`Send "Authorization: Bearer <${what}>".`);
  return match[1];
}

/** The ticket this learner's token opens; 401 without a token, 404 if it does not open it. */
export async function authorizeLearner(
  ctx: MockContext,
  request: Request,
  ticketId: string,
): Promise<StoredTicket> {
  const token = bearerToken(request, 'accessToken');
  const ticket = await ctx.tickets.find(ticketId);
  const hash = await hashToken(token);
  if (!ticket || !sameHash(ticket.tokenHash, hash)) throw notFound('No such ticket.');
  return ticket;
}

/** The desk this key belongs to; 401 if missing or unknown. */
export function authorizeDesk(ctx: MockContext, request: Request): string {
  const key = bearerToken(request, 'desk key');
  const deskId = key.startsWith(DESK_KEY_PREFIX) ? key.slice(DESK_KEY_PREFIX.length) : '';
  if (!ctx.directory.findDesk(deskId)) throw unauthorized('Unknown desk key.');
  return deskId;
}
