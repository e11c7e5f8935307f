/**
 * Builds the OpenAPI 3.1 document of the support API from the zod schemas.
 * @internal Run through `pnpm --filter @opin/support-sdk openapi`; checked current by a test.
 */
import { componentSchemas } from './components.js';
import { endpoints, type Endpoint } from './endpoints.js';
import { webhookOperations } from './webhooks.js';

const errorDescriptions: Record<number, string> = {
  400: '`validation_failed`: the body, query or a required header fails the schema, or the JSON is malformed.',
  401: '`unauthorized`: missing or malformed `Authorization`, or an unknown desk key.',
  403: '`forbidden`: this desk may not take this action on this ticket.',
  404: '`not_found`: unknown id, or a learner token that does not open this ticket.',
  409: '`conflict`: an open hand-off exists, the same Idempotency-Key is in flight, the state change is not allowed, or the ticket already holds the most messages (or internal notes) it may.',
  413: '`payload_too_large`: the body is over 64 KiB.',
  415: '`unsupported_media_type`: the body is not JSON, or is declared in another charset than UTF-8.',
  422: '`idempotency_mismatch` (also: a `messageId` already received with another sender, subject or body), `language_not_served` or `language_mismatch`.',
  429: '`rate_limited`: over an abuse limit (ticket creations per client or from all clients together, learner writes per ticket, event streams open per ticket or client); see `Retry-After`.',
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const headerParameters = {
  'Idempotency-Key': {
    name: 'Idempotency-Key',
    in: 'header',
    required: true,
    description:
      'One key per logical submission (8–255 printable ASCII). A repeat with the same key and body replays the first response.',
    schema: { type: 'string', minLength: 8, maxLength: 255 },
  },
  'Last-Event-ID': {
    name: 'Last-Event-ID',
    in: 'header',
    required: false,
    description: 'The last ticket version received; versions up to it are not sent again.',
    schema: { type: 'string' },
  },
  Prefer: {
    name: 'Prefer',
    in: 'header',
    required: false,
    description:
      'RFC 7240. `return=minimal` asks for the small answer instead of the whole ticket; it comes with `Preference-Applied: return=minimal`.',
    schema: { type: 'string' },
  },
};

const responseHeaders = {
  'Idempotent-Replayed': {
    description:
      '`true` when this response replays an earlier one with the same Idempotency-Key (for the e-mail bridge: the same `messageId`).',
    schema: { type: 'string', enum: ['true'] },
  },
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer' },
  },
  'X-Next-Cursor': {
    description:
      'The `cursor` of the next page; absent on the last page. Paging on never skips or repeats an item.',
    schema: { type: 'string' },
  },
  'Preference-Applied': {
    description: '`return=minimal` when the body is the minimal answer `Prefer` asked for.',
    schema: { type: 'string', enum: ['return=minimal'] },
  },
};

function operation(endpoint: Endpoint) {
  const parameters: unknown[] = [];
  for (const name of endpoint.path.match(/\{(\w+)\}/g) ?? []) {
    parameters.push({
      name: name.slice(1, -1),
      in: 'path',
      required: true,
      schema: { type: 'string' },
    });
  }
  for (const q of endpoint.query ?? []) {
    const schema =
      q.schema === 'string'
        ? { type: 'string' }
        : q.schema === 'pageLimit'
          ? { type: 'integer', minimum: 1, maximum: 500, default: 100 }
          : ref(q.schema);
    parameters.push({
      name: q.name,
      in: 'query',
      required: false,
      description: q.description,
      schema,
    });
  }
  for (const header of endpoint.headers ?? []) parameters.push(headerParameters[header]);

  const { success } = endpoint;
  const whole =
    success.schema &&
    (success.array ? { type: 'array', items: ref(success.schema) } : ref(success.schema));
  const body = whole && success.minimal ? { oneOf: [whole, ref(success.minimal)] } : whole;
  const responses: Record<string, unknown> = {
    [success.status]: {
      description: success.streamDescription
        ? success.streamDescription
        : success.eventStream
          ? '`event: ticket`, `id: <version>`, `data: <Ticket JSON>` frames: the current ticket, then one frame per change; a comment line as heartbeat at least every 25 s. With `?frames=changes`, a change may come as `event: changes`, `id: <version>`, `data: <TicketChanges JSON>`: the fields of the ticket with only the messages and timeline events appended since the version before.'
          : success.minimal
            ? `The whole ticket; with \`Prefer: return=minimal\`, ${success.minimal} and \`Preference-Applied: return=minimal\`.`
            : 'Success.',
      ...(success.headers && {
        headers: Object.fromEntries(success.headers.map((h) => [h, responseHeaders[h]])),
      }),
      ...(body && {
        content: {
          [success.eventStream ? 'text/event-stream' : 'application/json']: { schema: body },
        },
      }),
    },
  };
  if (endpoint.alsoSuccess) {
    const { status, schema, description } = endpoint.alsoSuccess;
    responses[status] = {
      description,
      headers: { 'Idempotent-Replayed': responseHeaders['Idempotent-Replayed'] },
      content: { 'application/json': { schema: ref(schema) } },
    };
  }
  for (const status of endpoint.errors) {
    responses[status] = {
      description: errorDescriptions[status],
      ...(status === 429 && { headers: { 'Retry-After': responseHeaders['Retry-After'] } }),
      content: { 'application/json': { schema: ref('ErrorBody') } },
    };
  }
  return {
    summary: endpoint.summary,
    operationId: operationId(endpoint),
    tags: [endpoint.tag],
    ...(endpoint.auth && { security: [{ [endpoint.auth]: [] }] }),
    ...(parameters.length > 0 && { parameters }),
    ...(endpoint.body && {
      requestBody: {
        required: !endpoint.bodyOptional,
        content: { 'application/json': { schema: ref(endpoint.body) } },
      },
    }),
    responses,
  };
}

function operationId({ method, path }: Endpoint): string {
  const words = path
    .replace(/\{(\w+)\}/g, 'by-$1')
    .split(/[/_-]+/)
    .filter(Boolean);
  return method + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

/** The whole OpenAPI 3.1 document. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Opin.fi support API',
      version: '1.0.0',
      description:
        'The contract between the Opin.fi support SDK and a support backend. Generated from the zod schemas in @opin/support-sdk; do not edit by hand. Every non-2xx response has the ErrorBody shape. CORS allows any origin and sends no cookies.',
    },
    servers: [{ url: 'http://127.0.0.1:4010/api/v1', description: 'The mock server (pnpm demo)' }],
    tags: [
      { name: 'learner', description: 'Used by the widget on behalf of a learner.' },
      { name: 'desk', description: 'Used by desk tools, ITSM integrations and the e-mail bridge.' },
      { name: 'mock', description: 'Only in the mock server; not part of the contract.' },
    ],
    paths,
    webhooks: webhookOperations(),
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        learnerToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The accessToken returned when the ticket was filed.',
        },
        deskKey: {
          type: 'http',
          scheme: 'bearer',
          description: "A desk's key (the mock server's are dev-<deskId>).",
        },
      },
    },
  };
}

/** The document as committed: pretty JSON with a final newline. */
export function renderOpenApiDocument(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
