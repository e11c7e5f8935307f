/**
 * Runs a property with the suite's fixed seed, so every run repeats, and checks that every
 * planned case was tried.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

/** The seed of every property in this suite. */
export const SEED = 20261125;

/**
 * Checks `predicate` on `numRuns` values of `arbitrary`; a thrown error or failed expectation is
 * a counterexample, which fast-check shrinks and reports with the seed and path to replay it.
 */
export async function forAll<T>(
  arbitrary: fc.Arbitrary<T>,
  numRuns: number,
  predicate: (value: T) => Promise<void>,
): Promise<void> {
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      await predicate(value);
      tried += 1;
    }),
    { seed: SEED, numRuns },
  );
  expect(tried, 'cases tried').toBe(numRuns);
}
