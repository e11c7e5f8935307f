/**
 * `@opin/support-mock-server/node`: the mock API as an HTTP server on Node.js.
 */
export { startMockServer, type MockServerOptions, type RunningMockServer } from './server.js';
export {
  createMockApi,
  deskKeyFor,
  type MockApi,
  type MockApiOptions,
  type StreamStats,
} from '../index.js';
