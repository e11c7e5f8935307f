/**
 * A file's list checked against its schema, with every problem written as one line naming the
 * file and the field. zod/mini carries no message texts of its own, so the common kinds of problem
 * are described here; the schemas' own messages are used as they are.
 * @internal
 */
import * as z from 'zod/mini';
import { problemLine } from './field-path.js';

type Issue = z.core.$ZodIssue;

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};

function describe(issue: Issue): { path: PropertyKey[]; message: string }[] {
  const path = [...issue.path];
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, message: `expected ${typeNames[issue.expected] ?? issue.expected}` }];
    case 'invalid_value':
      return [
        {
          path,
          message: `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`,
        },
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: 'unknown field' }));
    default:
      return [{ path, message: issue.message }];
  }
}

/** The list in `data` if it fits `schema` (a list of it), or the problems, each one line. */
export function parseList<S extends z.ZodMiniType>(
  file: string,
  data: unknown,
  schema: S,
): { ok: true; value: z.output<S>[] } | { ok: false; problems: string[] } {
  const result = z.array(schema).safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.flatMap((issue) =>
    describe(issue).map(({ path, message }) => problemLine(file, path, message)),
  );
  return { ok: false, problems };
}
