import * as z from 'zod/mini';
import { deskIdSchema, ticketIdSchema, timestampSchema } from './common.js';

/** An e-mail the backend would have sent (`GET /_mock/outbox`). */
export const outboxEmailSchema = z.object({
  id: z.string(),
  at: timestampSchema,
  to: z.string(),
  from: z.string(),
  /** Where a reply goes: the reply address made for the recipient on the ticket. */
  replyTo: z.optional(z.string()),
  subject: z.string(),
  body: z.string(),
  ticketId: ticketIdSchema,
});
/** An e-mail in the mock server's outbox (mock only). */
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;

/** `POST /_mock/clock`: move the server clock forward. */
export const clockRequestSchema = z.object({
  advanceMinutes: z.int().check(z.minimum(0), z.maximum(5_256_000)),
});
/** The body of `POST /_mock/clock`: `{ advanceMinutes }` (mock only). */
export type ClockRequest = z.infer<typeof clockRequestSchema>;

/** `GET /_mock/stats`: what is stored, for load tests. */
export const mockStatsSchema = z.object({
  tickets: z.int(),
  ticketsByDesk: z.record(deskIdSchema, z.int()),
});
/** What the mock server stores: `{ tickets, ticketsByDesk }` (mock only). */
export type MockStats = z.infer<typeof mockStatsSchema>;
