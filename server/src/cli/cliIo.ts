// What every command shares: the process's streams and environment (injectable for tests), the
// option parsers with one-line errors, and the logger that writes to stderr.
import { InvalidArgumentError } from 'commander';
import type { Logger } from '../core/logger';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
}

export function positiveInteger(name: string) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError(`${name} must be a positive whole number`);
    return parsed;
  };
}

export function wholeNumber(name: string, max: number) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0 || parsed > max) throw new InvalidArgumentError(`${name} must be a whole number from 0 to ${max}`);
    return parsed;
  };
}

export function seedValue(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 0x7fffffff) throw new InvalidArgumentError('the seed must be a whole number from 0 to 2147483647');
  return parsed;
}

export function cliLogger(io: CliIo, verbose: boolean): Logger {
  return {
    info: (m) => verbose && io.stderr(`vouch: ${m}\n`),
    warn: (m) => io.stderr(`vouch: warning: ${m}\n`),
    error: (m) => io.stderr(`vouch: error: ${m}\n`),
    verbose: verbose ? (m) => io.stderr(`vouch: ${m}\n`) : undefined,
  };
}

/** Comma-separated values of a repeatable option, collected. */
export function collectList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}
