// Finding and reading the project's configuration: `vouch.config.json` at the workspace root, or
// the `"vouch"` key of its package.json (not both), or a file named with `--config`. A file that
// is not JSON, an unknown key or a bad value is a ConfigError with one line naming the place, and
// the file and key path (or offset) an editor needs to show it there.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { VouchError } from '../errors';
import type { SandboxAllowances } from '../runtime/sandboxAllowances';
import { ConfigError } from './configError';
import { parseConfig } from './vouchConfig';
import type { VouchConfig } from './vouchConfig';

export const CONFIG_FILE = 'vouch.config.json';

export interface LoadedConfig {
  config: VouchConfig;
  /** Where it came from, as messages name it (`vouch.config.json`, `package.json "vouch"`); none
   *  when the project has no configuration. */
  source?: string;
}

/** The offset a JSON.parse error names (`… in JSON at position 14`); the end for a text that ends
 *  too early; undefined when the message names none. */
function errorOffset(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  return /end of JSON input/.test(message) ? text.length : undefined;
}

/** `line 3, column 5` for a JSON.parse error that names a position. */
function wherePosition(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (!position) return message.replace(/\s+/g, ' ');
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '').replace(/,? ?"[^"]*"? is not valid JSON$/, '').replace(/\s+/g, ' ')} at line ${line}, column ${column}`;
}

function readJson(file: string, label: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new ConfigError(`${label} is not valid JSON: ${wherePosition(text, message)}`, { file, offset: errorOffset(text, message) });
  }
}

/** Checks a configuration, and names the file (and the key it sits under) in any error. */
function parseIn(raw: unknown, label: string, file: string, under: string[] = []): VouchConfig {
  try {
    return parseConfig(raw, label);
  } catch (error) {
    if (error instanceof ConfigError) throw error.with(error.message, { file, path: [...under, ...(error.place.path ?? [])] });
    throw error;
  }
}

/** The configuration of the workspace at `root`; `file` names one explicitly (relative to root). */
export function loadConfig(root: string, file?: string): LoadedConfig {
  if (file !== undefined) {
    const absolute = path.resolve(root, file);
    if (!existsSync(absolute)) throw new VouchError('PATH_NOT_FOUND', `no such configuration file: ${file}`);
    return { config: parseIn(readJson(absolute, file), file, absolute), source: file };
  }
  const own = path.join(root, CONFIG_FILE);
  const packageFile = path.join(root, 'package.json');
  let inPackage: unknown;
  if (existsSync(packageFile)) {
    const manifest = readJson(packageFile, 'package.json');
    if (manifest && typeof manifest === 'object' && 'vouch' in manifest) inPackage = (manifest as { vouch: unknown }).vouch;
  }
  if (existsSync(own)) {
    if (inPackage !== undefined) {
      throw new ConfigError(`both ${CONFIG_FILE} and a "vouch" key in package.json configure Vouch: keep one`, { file: own, offset: 0 });
    }
    return { config: parseIn(readJson(own, CONFIG_FILE), CONFIG_FILE, own), source: CONFIG_FILE };
  }
  if (inPackage !== undefined) return { config: parseIn(inPackage, 'package.json "vouch"', packageFile, ['vouch']), source: 'package.json "vouch"' };
  return { config: {} };
}

/** The sandbox allowances of a configuration, with folders made absolute against the workspace. */
export function sandboxAllowancesOf(config: VouchConfig, root: string): SandboxAllowances {
  return {
    allowHosts: config.sandbox?.allowHosts ?? [],
    allowWrite: (config.sandbox?.allowWrite ?? []).map((dir) => path.resolve(root, dir)),
  };
}
