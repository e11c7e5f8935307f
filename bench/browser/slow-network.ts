/**
 * A slow mobile network for opening trials: the round trip and bandwidths of Lighthouse's mobile
 * profile, applied per request with CDP `Network.emulateNetworkConditions` once the page has
 * loaded, so that only the opening pays them.
 * @internal
 */
import type { CDPSession } from 'playwright-core';

const latencyMs = 150;
const downloadKbps = 1638.4;
const uploadKbps = 750;

/** What the network is, for the report. */
export const slowNetworkSummary =
  `${latencyMs} ms added to every request, ${(downloadKbps / 1024).toFixed(1)} Mbit/s down, ` +
  `${uploadKbps} kbit/s up`;

/** Slows every later request of the page behind `cdp`. */
export async function emulateSlowNetwork(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: latencyMs,
    downloadThroughput: (downloadKbps * 1024) / 8,
    uploadThroughput: (uploadKbps * 1024) / 8,
  });
}
