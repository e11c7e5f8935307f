/**
 * Where a config finds a secret it must not hold itself (config directories get committed): an
 * environment variable or a file, read when the server starts.
 * @internal
 */
import * as z from 'zod/mini';

/** `{ env: NAME }` or `{ file: /absolute/path }`, exactly one of them. */
export const secretSourceSchema = z.union(
  [
    z.strictObject({
      env: z
        .string()
        .check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Must be an environment variable name.')),
    }),
    z.strictObject({
      file: z.string().check(z.regex(/^\/\S/, 'Must be an absolute path.')),
    }),
  ],
  'Must be { env: VARIABLE_NAME } or { file: /absolute/path }, never the secret itself.',
);

/** Where a secret is read from. */
export type SecretSource = z.infer<typeof secretSourceSchema>;
