/**
 * The queue pane's line on how the queue stays current, as a template: a live indicator while the
 * desk's event stream is open, with the last pushes ("Push: handoff.offered OPIN-… (seq 12)"),
 * or the polling interval and the last refresh otherwise.
 * @internal
 */
import { html, nothing } from 'lit';
import type { FeedMode } from '../event-feed-controller.js';
import { formatTime } from '../local-time.js';
import { pushText, type PushEntry } from '../push-log.js';

/** What the line shows. */
export interface FeedStatusView {
  mode: FeedMode;
  refreshMs: number;
  refreshedAt: Date | undefined;
  /** Newest first. */
  pushes: readonly PushEntry[];
}

/** Renders the line and the push log (once there is a push). */
export function feedStatus(view: FeedStatusView) {
  const refreshedIso = view.refreshedAt?.toISOString();
  const refreshed = refreshedIso
    ? html`<time datetime=${refreshedIso}>${formatTime(refreshedIso)}</time>`
    : 'not yet';
  const every = `${view.refreshMs / 1000} s`;
  const line = {
    off: html`Refreshes every ${every} (last ${refreshed}).`,
    connecting: html`Connecting to the desk's event stream… Meanwhile refreshes every ${every} (last
    ${refreshed}).`,
    live: html`<strong class="live-badge">Live</strong>: the desk's event stream pushes each change
      (no polling). Last refresh ${refreshed}.`,
    polling: html`No event stream: refreshes every ${every} (last ${refreshed}).`,
  }[view.mode];
  return html`<p class="hint feed-status" data-mode=${view.mode}>${line}</p>
    ${
      view.pushes.length === 0
        ? nothing
        : html`<ol class="push-log" aria-label="Last pushes">
            ${view.pushes.map(
              (push) =>
                html`<li>
                  ${pushText(push)},
                  <time datetime=${push.receivedAt}>${formatTime(push.receivedAt)}</time>
                </li>`,
            )}
          </ol>`
    }`;
}
