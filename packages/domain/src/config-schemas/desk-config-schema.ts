/**
 * A desk as a config holds it: the contract's desk (`GET /desks`, the SDK's `deskSchema`) plus
 * its contact page and whether it is an institution. Unknown fields are refused, so a misspelt one
 * is an error rather than ignored.
 * @internal
 */
import { deskSchema, localeSchema } from '@opin/support-sdk/schemas';
import * as z from 'zod/mini';

const httpsUrl = z.string().check(z.regex(/^https:\/\/\S+$/, 'Must be an https:// URL.'));

/** One desk of a config; `deskEmail` exactly when it is connected by e-mail. */
export const deskConfigSchema = z
  .strictObject({
    ...deskSchema.shape,
    languages: z.array(localeSchema).check(
      z.minLength(1, 'Needs at least one language.'),
      z.refine((list) => new Set(list).size === list.length, 'Lists a language twice.'),
    ),
    responseTargetHours: z.number().check(z.positive('Must be a number of hours above 0.')),
    deskEmail: z.optional(
      z.string().check(z.regex(/^[^\s@]+@[^\s@]+$/, 'Must be an e-mail address.')),
    ),
    /** Public page for contacting the desk's organisation. */
    contactUrl: httpsUrl,
    /** Whether the desk is an institution's (every desk but `opin`). */
    institution: z.boolean(),
  })
  .check(
    z.refine((desk) => desk.integration !== 'email' || desk.deskEmail !== undefined, {
      message: 'An e-mail desk needs the address hand-offs are sent to.',
      path: ['deskEmail'],
    }),
    z.refine((desk) => desk.integration === 'email' || desk.deskEmail === undefined, {
      message: 'Only an e-mail desk has a deskEmail.',
      path: ['deskEmail'],
    }),
  );
