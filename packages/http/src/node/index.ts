/**
 * `@opin/support-http/node`: the API on node:http, with the limits on slow clients and
 * connections that both hosts apply.
 * @packageDocumentation
 */
import './polyfill.js';

export {
  limitConnections,
  resolveConnectionLimits,
  serverTimingOptions,
  type ConnectionLimits,
  type ResolvedConnectionLimits,
} from './connections.js';
export {
  createNodeListener,
  type NodeListener,
  type NodeListenerOptions,
} from './node-listener.js';
export { isLoopback, parseIp } from '../http/ip.js';
