/**
 * Each desk's event log, as the event stream (`GET /desk/events`) and webhook delivery read it
 * (docs/design/realtime.md, "Desk events"). The repository appends to it in the transaction of the
 * change that made the events (`../desk-events.ts`), numbering each desk's events 1, 2, … and
 * committing them in that order, so a reader that has seen `seq` n and reads after n never skips
 * one. The log keeps what its retention allows; `bounds` says what that is.
 * @internal
 */
import type { DeskEvent } from '@opin/support-sdk/schemas';

/** The seqs a desk's log holds now. */
export interface DeskLogBounds {
  /** The desk's newest `seq`; 0 when it has had no event. */
  latest: number;
  /** The oldest `seq` still kept; `latest + 1` when none is kept. */
  oldest: number;
}

/** A desk's event log, read in `seq` order. */
export interface DeskEventLog {
  /** The desk's events with `seq` greater than `afterSeq`, oldest first, at most `limit`. */
  since(desk: string, afterSeq: number, limit: number): Promise<DeskEvent[]>;
  /** The seqs the desk's log holds now. */
  bounds(desk: string): Promise<DeskLogBounds>;
  /**
   * Calls `listener` after events for `desk` are saved (by any instance sharing the database), and
   * possibly more often (read `since` to see what is new); returns the function that stops it.
   */
  follow(desk: string, listener: () => void): () => void;
}
