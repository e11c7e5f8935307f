/**
 * The ready payload of the mock server child (`mock-server-child.ts`): where it answers and every
 * desk's key.
 * @internal
 */
import { payloadObject, stringField, stringRecordField } from '../processes/payload-fields.js';

/** Where a mock server child answers. */
export interface MockServerReady {
  /** e.g. `http://127.0.0.1:40123` */
  url: string;
  /** `url` + `/api/v1` */
  apiBase: string;
  /** Every desk's key, by desk id. */
  deskKeys: Record<string, string>;
}

/** `payload` as a {@link MockServerReady}; throws when a field is missing. */
export function readMockServerReady(payload: unknown): MockServerReady {
  const fields = payloadObject(payload);
  return {
    url: stringField(fields, 'url'),
    apiBase: stringField(fields, 'apiBase'),
    deskKeys: stringRecordField(fields, 'deskKeys'),
  };
}
