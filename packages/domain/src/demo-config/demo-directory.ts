/**
 * The demo config's directory, for tests and tools that look up demo desks, topics and articles
 * by id. A host builds its own (`new Directory(config)`) and hands it to the rules.
 * @internal
 */
import { Directory } from '../directory.js';
import { demoConfig } from './demo-config.js';

/** Look-ups in the demo config. */
export const demoDirectory: Directory = /* @__PURE__ */ new Directory(demoConfig);
