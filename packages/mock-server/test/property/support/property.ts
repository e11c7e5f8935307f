/**
 * Runs a property with the suite's fixed seed, so every run repeats, and checks that every
 * planned case was tried.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { UnsendableCall, worldTarget } from './world.js';

/** The seed of every property in this suite. */
export const SEED = 20261125;

/**
 * How many of a property's `numRuns` the current target runs: all on the mock; on a server, its
 * share (`WorldTarget.runShare`), at least 4. With the fixed seed these are the mock's first cases.
 */
export function runsOnTarget(numRuns: number): number {
  const { runShare } = worldTarget();
  return runShare >= 1 ? numRuns : Math.min(numRuns, Math.max(4, Math.ceil(numRuns * runShare)));
}

/**
 * Checks `predicate` on `numRuns` values of `arbitrary` (fewer on a server: `runsOnTarget`); a
 * thrown error or failed expectation is a counterexample, which fast-check shrinks and reports
 * with the seed and path to replay it.
 */
export async function forAll<T>(
  arbitrary: fc.Arbitrary<T>,
  numRuns: number,
  predicate: (value: T) => Promise<void>,
): Promise<void> {
  const runs = runsOnTarget(numRuns);
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      try {
        await predicate(value);
      } catch (error) {
        // A case the target cannot send is no counterexample: another is drawn instead.
        fc.pre(!(error instanceof UnsendableCall));
        throw error;
      }
      tried += 1;
    }),
    { seed: SEED, numRuns: runs },
  );
  expect(tried, 'cases tried').toBe(runs);
}
