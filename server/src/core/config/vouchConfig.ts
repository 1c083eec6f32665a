// The project's Vouch configuration, shared by the editor and CI: `vouch.config.json` at the
// workspace root, or a `"vouch"` key in its package.json. This file is the one description of
// its keys: their types, their limits, and the one-line error for a bad value. The JSON Schema
// in schemas/vouch-config.schema.json says the same for editors (a test keeps the two in step).
import { CHECK_KINDS } from '../model';
import type { CheckKind } from '../model';
import { ConfigError, pathLabel } from './configError';
import type { ConfigPath } from './configError';

/** SARIF's levels: how loudly a finding of a kind is shown (code scanning, PR comment, editor). */
export const SEVERITY_LEVELS = ['error', 'warning', 'note', 'none'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/** What a severity can be set for: each check kind, and declarations that could not be verified. */
export type SeverityKey = CheckKind | 'unverified';
export const SEVERITY_KEYS: readonly SeverityKey[] = [...CHECK_KINDS, 'unverified'];

/** Verdict states that make `vouch verify` exit 1. */
export const FAIL_ON_STATES = ['failed', 'changed', 'unverified'] as const;
export type FailOnState = (typeof FAIL_ON_STATES)[number];

export interface SandboxConfig {
  /** Hosts the code under test may connect to: `db.local`, `127.0.0.1:5432`, `[::1]:8080`. */
  allowHosts?: string[];
  /** Folders (relative to the workspace, or absolute) the code under test may write into. */
  allowWrite?: string[];
}

export interface VouchConfig {
  /** Globs (relative to the workspace, `src/**`) a file must match to be verified. */
  include?: string[];
  /** Globs of files never verified (`src/generated/**`). */
  exclude?: string[];
  /** Generated inputs per property. */
  runs?: number;
  /** Time budget per check of one declaration, ms; a call slower than this is a hang. */
  timeoutMs?: number;
  /** Most unchanged callers checked because they call changed code. */
  affectedLimit?: number;
  /** Run the workspace's tests that import changed files. */
  relatedTests?: boolean;
  /** Level of each check kind's findings (and of unverifiable declarations). */
  severity?: Partial<Record<SeverityKey, SeverityLevel>>;
  /** Verdict states that fail the run (exit 1). */
  failOn?: FailOnState[];
  sandbox?: SandboxConfig;
}

export const DEFAULT_SEVERITY: Record<SeverityKey, SeverityLevel> = {
  crash: 'error',
  contract: 'error',
  hang: 'error',
  'behavior-change': 'warning',
  doctest: 'error',
  'related-test': 'error',
  slowdown: 'warning',
  unverified: 'note',
};

export const DEFAULT_FAIL_ON: readonly FailOnState[] = ['failed', 'changed'];

type Check = (value: unknown, at: ConfigPath) => unknown;

/** `at` is the key's path in the file: `runs`, `sandbox.allowHosts`, `failOn[1]`. */
function fail(at: ConfigPath, expected: string, value: unknown): never {
  throw new ConfigError(`"${pathLabel(at)}" must be ${expected} (got ${JSON.stringify(value) ?? String(value)})`, { path: at, target: 'value' });
}

const wholeNumber = (min: number, max: number): Check => (value, at) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? value : fail(at, `a whole number from ${min} to ${max}`, value);

const bool: Check = (value, at) => (typeof value === 'boolean' ? value : fail(at, 'true or false', value));

const strings: Check = (value, at) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '') ? value : fail(at, 'a list of non-empty strings', value);

function oneOf<T extends string>(choices: readonly T[]): Check {
  return (value, at) => (choices.includes(value as T) ? value : fail(at, `one of ${choices.join(', ')}`, value));
}

function object(fields: Record<string, Check>, what: string): Check {
  return (value, at) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(at, `an object with ${what}`, value);
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const check = fields[key];
      if (!check) throw unknownKey(at, key, Object.keys(fields));
      if (key !== '$schema') result[key] = check(item, [...at, key]);
    }
    return result;
  };
}

const hostList: Check = (value, at) => {
  const hosts = strings(value, at) as string[];
  hosts.forEach((host, index) => {
    if (!/^(\[[0-9a-fA-F:.]+\]|[^\s:/\[\]]+)(:\d{1,5})?$/.test(host)) fail([...at, index], 'a host or host:port', host);
  });
  return hosts;
};

const FIELDS: Record<keyof VouchConfig | '$schema', Check> = {
  $schema: (value, at) => (typeof value === 'string' ? value : fail(at, 'a string', value)),
  include: strings,
  exclude: strings,
  runs: wholeNumber(1, 10_000),
  timeoutMs: wholeNumber(50, 600_000),
  affectedLimit: wholeNumber(0, 1_000),
  relatedTests: bool,
  severity: object(Object.fromEntries(SEVERITY_KEYS.map((key) => [key, oneOf(SEVERITY_LEVELS)])), `keys among ${SEVERITY_KEYS.join(', ')}`),
  failOn: (value, at) => {
    const list = Array.isArray(value) ? value : fail(at, `a list of ${FAIL_ON_STATES.join(', ')}`, value);
    return list.map((item, index) => oneOf(FAIL_ON_STATES)(item, [...at, index]));
  },
  sandbox: object({ allowHosts: hostList, allowWrite: strings }, 'allowHosts and allowWrite'),
};

/** The keys a configuration may have, for the JSON Schema test and error messages. */
export const CONFIG_KEYS = Object.keys(FIELDS).filter((key) => key !== '$schema');

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

function unknownKey(at: ConfigPath, key: string, known: string[]): ConfigError {
  const keys = known.filter((k) => k !== '$schema');
  const close = [...keys].sort((a, b) => editDistance(key, a) - editDistance(key, b))[0];
  const hint = close && editDistance(key, close) <= Math.max(2, Math.floor(close.length / 3)) ? `did you mean "${close}"?` : `known keys: ${keys.join(', ')}`;
  return new ConfigError(`unknown key "${key}"${at.length > 0 ? ` in "${pathLabel(at)}"` : ''} (${hint})`, { path: [...at, key], target: 'key' });
}

/** Checks a configuration read from `source` (a label for messages: `vouch.config.json`); throws a
 *  ConfigError of one line that names the source, the key and what it must be, and says where. */
export function parseConfig(raw: unknown, source: string): VouchConfig {
  try {
    return object(FIELDS, `keys among ${CONFIG_KEYS.join(', ')}`)(raw, []) as VouchConfig;
  } catch (error) {
    if (error instanceof ConfigError) throw error.with(`${source}: ${error.message.replace(/^"" must be/, 'must be')}`, {});
    throw error;
  }
}
