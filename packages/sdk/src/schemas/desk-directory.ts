import * as z from 'zod/mini';
import { deskIdSchema, integrationSchema, localeSchema, localizedTextSchema } from './common.js';

/** A higher-education institution whose desk shares Opin.fi support (`GET /institutions`). */
export const institutionSchema = z.object({
  id: deskIdSchema,
  name: localizedTextSchema,
  /** Languages its desk answers in. */
  languages: z.array(localeSchema),
  integration: integrationSchema,
  /** The desk's usual time to answer, in hours. */
  responseTargetHours: z.number(),
  /** A public page for contacting the institution's own support. */
  contactUrl: z.string(),
});
/** An institution, as {@link institutionSchema} parses it. */
export type Institution = z.infer<typeof institutionSchema>;

/** A support desk (`GET /desks`): `opin` and each institution's desk. */
export const deskSchema = z.object({
  id: deskIdSchema,
  name: localizedTextSchema,
  languages: z.array(localeSchema),
  integration: integrationSchema,
  responseTargetHours: z.number(),
  /** Where hand-offs are e-mailed; present for desks with `email` integration. */
  deskEmail: z.optional(z.string()),
});
/** A support desk, as {@link deskSchema} parses it. */
export type Desk = z.infer<typeof deskSchema>;
