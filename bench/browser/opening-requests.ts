/**
 * The requests an opening made, from the page's Resource Timing entries: each one's start and end
 * relative to the learner's click, and its place in the chain of round trips — a request that
 * starts only after another has finished is one round trip later; requests of the same round trip
 * ran in parallel.
 * @internal
 */
import { median } from '../report/stats.js';
import type { ResourceRecord } from './probe-api.js';

/** One request of one opening, in ms after the activation. */
export interface OpeningRequest {
  /** What was asked for: `widget/chunks/panel.js` (content hash left out), `API /topics?…`. */
  label: string;
  startMs: number;
  endMs: number;
  /** 1 for a request that waited for no other; n + 1 for one that started after one of round trip n ended. */
  roundTrip: number;
}

/** `url` as the report names it: the API's paths after `API `, files without their content hash. */
export function requestLabel(url: string, apiBase: string): string {
  if (url.startsWith(apiBase)) return `API ${url.slice(apiBase.length) || '/'}`;
  const { pathname, search } = new URL(url);
  return `${pathname.slice(1).replace(/-[\w-]{8}(\.m?js)$/, '$1')}${search}`;
}

/** The requests that started at or after `activated` (page time), relative to it, with their round trip. */
export function openingRequests(
  records: readonly ResourceRecord[],
  activated: number,
  apiBase: string,
): OpeningRequest[] {
  const sorted = [...records].sort((a, b) => a.startTime - b.startTime);
  const requests: OpeningRequest[] = [];
  for (const record of sorted) {
    const startMs = record.startTime - activated;
    const waitedFor = requests.filter((earlier) => earlier.endMs <= startMs);
    requests.push({
      label: requestLabel(record.url, apiBase),
      startMs,
      endMs: record.responseEnd - activated,
      roundTrip: 1 + Math.max(0, ...waitedFor.map((earlier) => earlier.roundTrip)),
    });
  }
  return requests;
}

/** Round trips in sequence before `untilMs` (the heading's focus): the last one any request finished in by then. */
export function roundTripsBefore(requests: readonly OpeningRequest[], untilMs: number): number {
  return Math.max(0, ...requests.filter((r) => r.endMs <= untilMs).map((r) => r.roundTrip));
}

/** One request's figures over the openings of a trial. */
export interface RequestSummary {
  label: string;
  /** In how many of the openings it was made. */
  runs: number;
  startMs: number;
  endMs: number;
  roundTrip: number;
  /** In how many of those it had finished when the heading got focus. */
  beforeFocus: number;
}

/** Medians per request label over several openings (`focusMs`: each opening's heading focus), in order of start. */
export function summarizeRequests(
  openings: readonly { requests: readonly OpeningRequest[]; focusMs: number }[],
): RequestSummary[] {
  const byLabel = new Map<string, { request: OpeningRequest; beforeFocus: boolean }[]>();
  for (const { requests, focusMs } of openings) {
    for (const request of requests) {
      const seen = byLabel.get(request.label) ?? [];
      seen.push({ request, beforeFocus: request.endMs <= focusMs });
      byLabel.set(request.label, seen);
    }
  }
  return [...byLabel]
    .map(([label, seen]) => ({
      label,
      runs: seen.length,
      startMs: median(seen.map((s) => s.request.startMs)),
      endMs: median(seen.map((s) => s.request.endMs)),
      roundTrip: median(seen.map((s) => s.request.roundTrip)),
      beforeFocus: seen.filter((s) => s.beforeFocus).length,
    }))
    .sort((a, b) => a.startMs - b.startMs);
}
