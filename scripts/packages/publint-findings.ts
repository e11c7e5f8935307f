/**
 * publint on the unpacked tarball: exactly the files that would be published (`pack: false`).
 * @internal
 */
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import type { Finding } from './finding.js';

/** publint's messages for the package unpacked at `root`, all levels. */
export async function publintFindings(root: string): Promise<Finding[]> {
  const { messages, pkg } = await publint({ pkgDir: root, pack: false, level: 'suggestion' });
  return messages.map((message) => ({
    level: message.type,
    source: 'publint',
    message: `${formatMessage(message, pkg, { color: false }) ?? message.code} (${message.code})`,
  }));
}
