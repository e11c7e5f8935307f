import * as z from 'zod/mini';
import { ticketIdSchema, timestampSchema } from './common.js';
import { deskEventTypeSchema } from './desk-events.js';

/** Where a webhook delivery stands: waiting (or being tried), delivered (a 2xx), or given up on. */
export const webhookDeliveryStateSchema = z.enum(['pending', 'delivered', 'failed']);
/** Where a webhook delivery stands. */
export type WebhookDeliveryState = z.infer<typeof webhookDeliveryStateSchema>;

/** Where a delivery goes: the desk's webhook, or its Efecte connector. */
export const webhookDeliveryTargetSchema = z.enum(['webhook', 'efecte']);
/** Where a delivery goes. */
export type WebhookDeliveryTarget = z.infer<typeof webhookDeliveryTargetSchema>;

/**
 * One delivery of a desk event to the desk's webhook (or Efecte connector), as the delivery log
 * (`GET /desk/webhook/deliveries`) lists it: never a body, and of the receiver's answer only its
 * status or an error code. A replay is a delivery of its own, naming the one it replays.
 */
export const webhookDeliverySchema = z.object({
  id: z.string(),
  target: webhookDeliveryTargetSchema,
  /** The event's id (`hanken:42`), as `Opin-Event-Id` carries it: the same on every attempt and replay. */
  eventId: z.string(),
  eventType: deskEventTypeSchema,
  ticketId: ticketIdSchema,
  state: webhookDeliveryStateSchema,
  /** Attempts made so far. */
  attempts: z.number().check(z.int(), z.minimum(0)),
  createdAt: timestampSchema,
  /** When the last attempt started. */
  lastAttemptAt: z.optional(timestampSchema),
  /** When a pending delivery is tried next. */
  nextAttemptAt: z.optional(timestampSchema),
  deliveredAt: z.optional(timestampSchema),
  /** The receiver's HTTP status on the last attempt, when it answered. */
  lastStatus: z.optional(z.number().check(z.int())),
  /** Why the last attempt failed: the status or an error code (`ETIMEDOUT`), never the receiver's text. */
  failure: z.optional(z.string()),
  /** The delivery this one replays. */
  replayOf: z.optional(z.string()),
});
/** One delivery of the delivery log, as {@link webhookDeliverySchema} parses it. */
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

/** The filters of `GET /desk/webhook/deliveries` (beside `?limit=` and `?cursor=`). */
export const webhookDeliveriesQuerySchema = z.object({
  state: z.optional(webhookDeliveryStateSchema),
  ticketId: z.optional(ticketIdSchema),
});
/** The filters of `GET /desk/webhook/deliveries`. */
export type WebhookDeliveriesQuery = z.infer<typeof webhookDeliveriesQuerySchema>;

/** `POST /desk/webhook/replay`: replays the failed deliveries, those written since `since` if given. */
export const webhookReplayRequestSchema = z.object({
  state: z.literal('failed'),
  since: z.optional(timestampSchema),
});
/** The body of `POST /desk/webhook/replay`. */
export type WebhookReplayRequest = z.infer<typeof webhookReplayRequestSchema>;

/** The answer of `POST /desk/webhook/replay`: how many deliveries were written (at most 1,000). */
export const webhookReplayResultSchema = z.object({
  replayed: z.number().check(z.int(), z.minimum(0)),
});
/** The answer of `POST /desk/webhook/replay`. */
export type WebhookReplayResult = z.infer<typeof webhookReplayResultSchema>;
