/**
 * The ready payload of the examples server (`pnpm demo`, `pnpm dev`; examples/serve): where the
 * examples and the mock API answer, and every desk's key. The server writes it, the starters
 * read it.
 * @internal
 */
import { payloadObject, stringField, stringRecordField } from '../processes/payload-fields.js';

/** Where a running examples server answers. */
export interface DemoReady {
  /** The examples' origin, e.g. `http://127.0.0.1:4000` (no trailing slash). */
  webBase: string;
  /** Each example page by its path under `examples/` (`desk-console/`, `portal-opin/help.html`…): its address, with `?api=` when the API is not at its default address. */
  pages: Record<string, string>;
  /** The widget's script as the portal pages load it, e.g. `http://127.0.0.1:4000/widget/opin-support.js`. */
  widget: string;
  /** The mock API base, e.g. `http://127.0.0.1:4010/api/v1`. */
  apiBase: string;
  /** Every desk's key (`Authorization: Bearer <key>`), by desk id. */
  deskKeys: Record<string, string>;
}

/** `payload` as a {@link DemoReady}; throws when a field is missing. */
export function readDemoReady(payload: unknown): DemoReady {
  const fields = payloadObject(payload);
  return {
    webBase: stringField(fields, 'webBase'),
    pages: stringRecordField(fields, 'pages'),
    widget: stringField(fields, 'widget'),
    apiBase: stringField(fields, 'apiBase'),
    deskKeys: stringRecordField(fields, 'deskKeys'),
  };
}
