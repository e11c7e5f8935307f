/**
 * The operations of the HTTP contract as `METHOD /path` strings, read from the OpenAPI document and
 * from the operation tables of a Markdown page, so tests can keep documents and contract in step.
 */
import { readFileSync } from 'node:fs';

const openApiJson = new URL('../../openapi.json', import.meta.url);

/** `METHOD /path` of every operation in packages/sdk/openapi.json, sorted. */
export function operationsInOpenApi(): string[] {
  const document = JSON.parse(readFileSync(openApiJson, 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(document.paths)
    .flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    )
    .sort();
}

/** `METHOD /path` of every table row of `markdown` that starts with one in backticks, sorted. */
export function operationsInMarkdownTables(markdown: string): string[] {
  const rows = markdown.matchAll(/^\| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)`/gm);
  return [...rows].map(([, method, path]) => `${method ?? ''} ${path ?? ''}`).sort();
}
