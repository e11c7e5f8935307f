/**
 * Runs a synchronous rule inside a transaction, loading the records it reads on demand
 * (`./records-needed.ts`): each time it reads something not loaded yet, that is loaded and the
 * rule runs again from the start on fresh input, its earlier writes dropped and its ids given back.
 * @internal
 */
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import type { LoadedRecords } from './loaded-records.js';
import { RecordsNeeded } from './records-needed.js';
import { SqlRuleRecords } from './sql-rule-records.js';

/** More runs than any rule needs: a rule that keeps asking for more is a bug, not a workload. */
const maxRuns = 32;

/** The result of the run that finished, and the records it wrote (not yet saved). */
export interface FinishedRun<T> {
  result: T;
  records: SqlRuleRecords;
}

/** Runs `work` until it finishes without needing more records; rethrows anything else it throws. */
export async function runRule<T>(
  trx: Kysely<Database>,
  loaded: LoadedRecords,
  work: (records: SqlRuleRecords) => T,
): Promise<FinishedRun<T>> {
  for (let run = 0; run < maxRuns; run += 1) {
    const records = new SqlRuleRecords(loaded);
    try {
      return { result: work(records), records };
    } catch (error) {
      if (!(error instanceof RecordsNeeded)) throw error;
      records.giveBackIds();
      await loaded.load(trx, error.need);
    }
  }
  throw new Error(`A rule asked for records ${maxRuns} times.`);
}
