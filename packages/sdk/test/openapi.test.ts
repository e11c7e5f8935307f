import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, renderOpenApiDocument } from '../scripts/openapi/document.js';

/** Written out from docs/design/api.md, so the generator cannot drift from the contract unnoticed. */
const contractOperations = [
  'GET /institutions',
  'GET /topics',
  'GET /articles',
  'POST /articles/{id}/feedback',
  'POST /routing/preview',
  'POST /tickets',
  'GET /tickets/{id}',
  'POST /tickets/{id}/messages',
  'POST /tickets/{id}/reopen',
  'GET /tickets/{id}/events',
  'GET /desks',
  'GET /desk/queue',
  'GET /desk/events',
  'GET /desk/tickets/{id}',
  'POST /desk/tickets/{id}/handoffs',
  'POST /desk/tickets/{id}/handoffs/accept',
  'POST /desk/tickets/{id}/handoffs/decline',
  'POST /desk/tickets/{id}/messages',
  'POST /desk/tickets/{id}/status',
  'POST /desk/inbound-email',
  'GET /desk/webhook/deliveries',
  'POST /desk/webhook/deliveries/{id}/replay',
  'POST /desk/webhook/replay',
  'GET /_mock/outbox',
  'POST /_mock/clock',
  'POST /_mock/reset',
  'GET /_mock/stats',
];

const committed = readFileSync(new URL('../openapi.json', import.meta.url), 'utf8');

describe('the OpenAPI document', () => {
  it('is current: regenerate it with `pnpm --filter @opin/support-sdk openapi`', () => {
    expect(committed).toBe(renderOpenApiDocument());
  });

  it('describes every endpoint of the contract with its success status', () => {
    const { paths } = buildOpenApiDocument();
    expect(Object.keys(paths['/tickets'] ?? {})).toEqual(['post']);
    const create = JSON.stringify(paths['/tickets']);
    expect(create).toContain('Idempotency-Key');
    expect(create).toContain('"201"');
    expect(JSON.stringify(paths['/tickets/{id}/events'])).toContain('text/event-stream');
    const deskEvents = JSON.stringify(paths['/desk/events']);
    expect(deskEvents).toContain('text/event-stream');
    expect(deskEvents).toContain('#/components/schemas/DeskEvent');
    expect(deskEvents).toContain('Last-Event-ID');
  });

  it('describes the webhook a desk receives: a signed DeskEvent', () => {
    const { webhooks } = buildOpenApiDocument();
    const post = JSON.stringify(webhooks.deskEvent.post);
    expect(post).toContain('#/components/schemas/DeskEvent');
    for (const name of ['Opin-Signature', 'Opin-Event-Id', 'Opin-Delivery-Id']) {
      expect(post).toContain(`"name":"${name}"`);
    }
  });

  it('lists exactly the operations of docs/design/api.md but GET /_mock/clock', () => {
    const { paths } = buildOpenApiDocument();
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(contractOperations.sort());
  });

  it('states text limits in code points and refers to shared components', () => {
    const { components } = buildOpenApiDocument();
    const request = JSON.stringify(components.schemas.CreateTicketRequest);
    expect(request).toContain('"maxLength":200');
    expect(request).toContain('"maxLength":10000');
    expect(request).toContain('#/components/schemas/Contact');
  });
});
