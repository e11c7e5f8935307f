/**
 * The repository's root directory, where the tools start their child processes.
 * @internal
 */
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
