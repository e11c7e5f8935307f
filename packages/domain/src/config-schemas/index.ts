/**
 * The schemas a config's lists must satisfy, and the checks across them.
 * @internal
 */
export * from './article-config-schema.js';
export * from './config-problems.js';
export * from './desk-config-schema.js';
export * from './efecte-config-problems.js';
export * from './efecte-config-schema.js';
export * from './secret-source-schema.js';
export * from './topic-config-schema.js';
export * from './webhook-config-problems.js';
export * from './webhook-config-schema.js';
