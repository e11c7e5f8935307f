/** Webhook delivery with PostgreSQL, where claims race on connections of their own (`./support/webhook-delivery-suite.ts`). */
import { describeOnPostgres, useOpenedPostgres } from './support/postgres.js';
import { webhookDeliverySuite } from './support/webhook-delivery-suite.js';

describeOnPostgres('webhook delivery', () => {
  webhookDeliverySuite(useOpenedPostgres(), { oneConnection: false });
});
