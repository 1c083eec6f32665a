// A configuration Vouch refuses, and where in which file: the CLI prints its one-line message, the
// editor also puts a diagnostic on the place (configProblem.ts). The place is the key path in the
// JSON (`['sandbox', 'allowHosts', 0]`) and whether the key itself is wrong (unknown) or its value,
// or, for a file that is not JSON, the offset of the syntax error.
import { VouchError } from '../errors';

export type ConfigPath = readonly (string | number)[];

export interface ConfigPlace {
  /** The file, absolute (set by loadConfig). */
  file?: string;
  /** Key path from the top of the file (`package.json "vouch"` errors start with `vouch`). */
  path?: ConfigPath;
  /** The key is wrong (unknown) or its value. */
  target?: 'key' | 'value';
  /** A JSON syntax error: where in the text. */
  offset?: number;
}

export class ConfigError extends VouchError {
  constructor(
    message: string,
    readonly place: ConfigPlace = {},
  ) {
    super('INVALID_OPTION', message);
  }

  /** The same error under another message or in a wider place (the file, a key path prefix). */
  with(message: string, place: ConfigPlace): ConfigError {
    return new ConfigError(message, { ...this.place, ...place });
  }
}

/** `sandbox.allowHosts[0]`: a key path as the messages name it. */
export function pathLabel(path: ConfigPath): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}
