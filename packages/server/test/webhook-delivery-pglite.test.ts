/** Webhook delivery on PGlite (`./support/webhook-delivery-suite.ts`). */
import { describe } from 'vitest';
import { processTestCeilingMs } from './support/cli-process.js';
import { useInMemoryPglite } from './support/pglite.js';
import { webhookDeliverySuite } from './support/webhook-delivery-suite.js';

describe('webhook delivery (PGlite)', { timeout: processTestCeilingMs }, () => {
  webhookDeliverySuite(useInMemoryPglite(), { oneConnection: true });
});
