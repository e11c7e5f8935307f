/** Options of `createMockControl`. */
export interface MockControlOptions {
  /** The mock's API base including `/api/v1`, e.g. `http://127.0.0.1:4010/api/v1`. */
  baseUrl: string;
  /**
   * The `fetch` to use.
   * @default globalThis.fetch (looked up at call time)
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Time limit of one control call in milliseconds, its body included. Control calls are not
   * retried: a test's set-up should fail where it fails.
   * @default 10_000
   */
  timeout?: number;
  /**
   * Headers sent with every control call.
   * @default {}
   */
  headers?: Record<string, string>;
}
