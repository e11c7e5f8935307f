/**
 * The ready payload of the support server child (`support-server-child.ts`): where it answers and
 * the demo's desk keys. The same fields as the mock server child's.
 * @internal
 */
export {
  readMockServerReady as readSupportServerReady,
  type MockServerReady as SupportServerReady,
} from '../mock-server/mock-server-ready.js';
