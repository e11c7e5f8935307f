import { describe, expect, it } from 'vitest';
import { serverLoad } from './server-load.js';

// The benchmark's proof of exactly-once creation under load, run short. (Its throughput figures
// are for `pnpm bench`; this only checks the run completes and the proof holds.)
describe('the mock server under load', () => {
  it('stores every acknowledged ticket exactly once', async () => {
    const section = await serverLoad({
      quick: true,
      saveBaselineTo: undefined,
      command: 'pnpm bench --quick',
      invokedFrom: process.cwd(),
    });
    expect(section.body).toMatch(
      /Exactly once: [\d,]+ acknowledged, [\d,]+ new tickets, every id exactly once\./,
    );
    expect(section.tools.autocannon).toMatch(/^\d+\.\d+\.\d+$/);
  }, 60_000);
});
