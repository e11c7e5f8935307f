/**
 * What `efecte.yaml`'s schema cannot see: every entry names a desk of the config that is
 * `integration: realtime` (its "tool" is the connector), and no desk has two entries.
 * @internal
 */
import type { SeedDesk } from '../demo-config/types.js';
import type { EfecteConfig } from './efecte-config-schema.js';

/** One problem, with the field path from the top of `efecte.yaml`. */
export interface EfecteConfigProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Every problem of `entries` against the config's `desks`; empty when they can be used. */
export function efecteConfigProblems(
  entries: readonly Pick<EfecteConfig, 'desk'>[],
  desks: readonly Pick<SeedDesk, 'id' | 'integration'>[],
): EfecteConfigProblem[] {
  const problems: EfecteConfigProblem[] = [];
  const firstAt = new Map<string, number>();
  entries.forEach(({ desk: deskId }, index) => {
    const path = [index, 'desk'];
    const first = firstAt.get(deskId);
    if (first !== undefined) {
      problems.push({ path, message: `desk "${deskId}" is also at [${first}]` });
      return;
    }
    firstAt.set(deskId, index);
    const desk = desks.find(({ id }) => id === deskId);
    if (!desk) problems.push({ path, message: `unknown desk "${deskId}"` });
    else if (desk.integration !== 'realtime') {
      problems.push({
        path,
        message: `desk "${deskId}" is integration: ${desk.integration}; an Efecte desk is integration: realtime`,
      });
    }
  });
  return problems;
}
