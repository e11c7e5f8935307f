/**
 * A config the server cannot use: every problem found, each naming its file and field.
 * @internal
 */

/** Why a config was refused; `problems` are lines like `topics.yaml: [3].kind: expected one of …`. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(
      `The config in ${source} cannot be used:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    );
  }
}
