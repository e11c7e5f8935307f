/**
 * The zod schemas of the Opin.fi support API (v1): the single source of truth for the SDK,
 * the mock server and the generated OpenAPI document.
 * @module @opin/support-sdk/schemas
 */
export * from './common.js';
export * from './desk-directory.js';
export * from './topic.js';
export * from './article.js';
export * from './routing.js';
export * from './ticket.js';
export * from './desk.js';
export * from './learner-requests.js';
export * from './desk-requests.js';
export * from './mock.js';
export { codePointLength, normalizeText, text, type TextLimits } from './text.js';
