/**
 * The OpenAPI 3.1 `webhooks` object: what the support server posts to a desk's webhook
 * (docs/design/realtime.md, "Webhooks"). The receiver implements it; the server is the client.
 * @internal Part of `pnpm --filter @opin/support-sdk openapi`.
 */

const header = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: 'header',
  required: true,
  description,
  schema,
});

/** The `webhooks` object of the document. */
export function webhookOperations() {
  return {
    deskEvent: {
      post: {
        summary: "One of the desk's events, posted to its webhook",
        description:
          'Posted for each desk event the webhook takes (`webhooks.yaml`, set by the operator). Verify `Opin-Signature` over the raw body before parsing it (`verifyWebhookSignature` in `@opin/support-sdk/webhooks`), refuse a `t` more than 5 minutes from your clock, and deduplicate on the event `id` (`Opin-Event-Id`): a delivery is retried until a 2xx (10 s doubling to 1 h, for 3 days), so an event may come more than once, and in any order across events (order by `seq` or `version`). Answer fast and process later: an attempt ends after 10 s. Redirects are not followed.',
        operationId: 'receiveDeskEvent',
        tags: ['desk'],
        parameters: [
          header('Opin-Event-Id', "The event's `id` (`<desk>:<seq>`): deduplicate on it.", {
            type: 'string',
          }),
          header('Opin-Event-Type', "The event's `type`.", {
            $ref: '#/components/schemas/DeskEventType',
          }),
          header('Opin-Delivery-Id', 'This delivery; a replay is a new delivery with a new id.', {
            type: 'string',
          }),
          header(
            'Opin-Delivery-Attempt',
            '1 for the first attempt of this delivery, then 2, 3, …',
            {
              type: 'integer',
              minimum: 1,
            },
          ),
          header(
            'Opin-Signature',
            '`t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; two `v1` while the secret is rotated (either verifies).',
            { type: 'string' },
          ),
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/DeskEvent' } },
          },
        },
        responses: {
          '2XX': { description: 'Taken: the delivery is done.' },
          default: {
            description:
              'Anything else (or no answer within 10 s) is a failed attempt, tried again later; `Retry-After` (seconds, at most 3600) is honoured.',
          },
        },
      },
    },
  };
}
