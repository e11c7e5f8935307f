/**
 * The shapes of Efecte's answers the client reads, as B (Efecte's generated OpenAPI document,
 * seen in a copy: docs/design/realtime.md §4) describes them, checked loosely: fields the client
 * does not read may be there or not, so a newer Efecte that adds fields still works.
 * @internal
 */
import * as z from 'zod/mini';

/** B `ApiResponse` of `POST /users/login`: the token, e.g. `"Bearer eyJ…"`. */
export const loginAnswerSchema = z.object({ token: z.string().check(z.minLength(1)) });

/** One value of an attribute (B `RESTValueElement`): plain, static (`code`) or worklog. */
export const efecteValueSchema = z.object({
  value: z.optional(z.union([z.string(), z.number(), z.null()])),
  code: z.optional(z.nullable(z.string())),
  author: z.optional(z.string()),
  date: z.optional(z.string()),
  dataCardId: z.optional(z.string()),
});

/** One attribute of a card (B `RESTDataCardElement`). */
export const efecteElementSchema = z.object({
  name: z.optional(z.string()),
  type: z.string(),
  values: z.array(efecteValueSchema),
});

/** A data card (B `RESTDataCard`). */
export const dataCardSchema = z.object({
  dataCardId: z.string(),
  name: z.optional(z.string()),
  templateCode: z.string(),
  folderCode: z.string(),
  data: z.record(z.string(), efecteElementSchema),
});

/** A list entry (B `RESTDataCardInfoElement`; with `dataCards=true` a whole card). */
export const dataCardInfoSchema = z.object({
  dataCardId: z.string().check(z.regex(/^\d+$/)),
  name: z.optional(z.string()),
});

/** A page of a list (B `RESTPaginatedDataCardsInfo`). */
export const dataCardPageSchema = z.object({
  meta: z.optional(z.object({ count: z.optional(z.number()), limit: z.optional(z.number()) })),
  data: z.array(dataCardInfoSchema),
});

/** The answer to a create or an edit (B `RESTDataCardResponse`). */
export const dataCardWrittenSchema = z.object({
  dataCard: z.object({ dataCardId: z.string().check(z.regex(/^\d+$/)) }),
});

/** A data card as read. */
export type DataCard = z.infer<typeof dataCardSchema>;
/** One attribute's values as read. */
export type EfecteValue = z.infer<typeof efecteValueSchema>;
/** A list entry. */
export type DataCardInfo = z.infer<typeof dataCardInfoSchema>;

/** A value to write (B `RESTDataCardCreateRequest`'s example): `{value}`, or `{value, code}`. */
export interface EfecteWriteValue {
  readonly value: string | number;
  readonly code?: string;
}

/** Attributes to write: each code with its whole new list of values. */
export type EfecteCardData = Readonly<
  Record<string, { readonly values: readonly EfecteWriteValue[] }>
>;
