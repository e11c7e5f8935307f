/**
 * The two sources the Efecte fake follows, cited by every handler (docs/design/realtime.md, §4):
 * A, Efecte's own REST API interface description, read in excerpts; B, Efecte's generated
 * OpenAPI document, seen second-hand in a third-party repository (pinned to the commit read).
 */

/** A: "REST API Interface Description" (Efecte REST API v1), docs.efecte.com. */
export const SOURCE_A = 'https://docs.efecte.com/en_US/esm-rest-api-interface-description';

/** B: "Efecte Service Management external API documentation" (OpenAPI 3.0.1), a copy. */
export const SOURCE_B =
  'https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json';
