/**
 * The marker that makes a worklog append idempotent (docs/design/realtime.md, §4 "Idempotent
 * writes"): Efecte documents no idempotency key, so each entry Opin writes ends with a line
 * `[opin:<deskId>:<seq>]` naming the desk event it carries, and an entry whose marker is already
 * in the worklog is not written again. The same marker tells the connector which entries are its
 * own (no echo).
 * @internal
 */

/** The marker line of a desk's event. */
export function worklogMarker(deskId: string, seq: number): string {
  return `[opin:${deskId}:${seq}]`;
}

/** The entry as written: the text, then the marker on a line of its own. */
export function withMarker(text: string, marker: string): string {
  return `${text.replace(/\s+$/, '')}\n\n${marker}`;
}

/** Whether `entry` carries `marker`. Efecte may re-wrap text, so any occurrence counts. */
export function carriesMarker(entry: string, marker: string): boolean {
  return entry.includes(marker);
}

/** Whether `entry` carries any Opin marker (an entry the connector wrote itself). */
export function carriesAnyMarker(entry: string): boolean {
  return /\[opin:[a-z0-9][a-z0-9-]{0,63}:\d+\]/.test(entry);
}
