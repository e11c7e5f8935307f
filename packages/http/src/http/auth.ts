/**
 * Who is calling: a learner holding a ticket's access token, or a desk holding its key.
 * A token that does not open the ticket is 404, never 403: a ticket's existence is not revealed.
 * @internal
 */
import type { ApiContext } from '../api-context.js';
import { hashToken, ApiError, notFound, sameHash, type StoredTicket } from '@opin/support-domain';

const bearerPattern = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
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
  ctx: ApiContext,
  request: Request,
  ticketId: string,
): Promise<StoredTicket> {
  const token = bearerToken(request, 'accessToken');
  const ticket = await ctx.tickets.find(ticketId);
  const hash = await hashToken(token);
  if (!ticket || !sameHash(ticket.tokenHash, hash)) throw notFound('No such ticket.');
  return ticket;
}

/** The desk this key belongs to (`ctx.deskKeys`); 401 if missing or unknown. */
export async function authorizeDesk(ctx: ApiContext, request: Request): Promise<string> {
  const deskId = await ctx.deskKeys.deskFor(bearerToken(request, 'desk key'));
  if (deskId === undefined || !ctx.directory.findDesk(deskId)) {
    throw unauthorized('Unknown desk key.');
  }
  return deskId;
}
