/**
 * One problem found in a packed package, by any of the package checks.
 * @internal
 */

/** Which check found it: publint, Are the Types Wrong?, or our own rules on the tarball. */
export type FindingSource = 'publint' | 'attw' | 'files' | 'manifest';

/** A problem; `error` fails the check, `warning` and `suggestion` are only printed. */
export interface Finding {
  level: 'error' | 'warning' | 'suggestion';
  source: FindingSource;
  message: string;
}

/** An error-level finding of `source`. */
export function error(source: FindingSource, message: string): Finding {
  return { level: 'error', source, message };
}

/** A warning-level finding of `source`. */
export function warning(source: FindingSource, message: string): Finding {
  return { level: 'warning', source, message };
}
