// The `vouch` command line: arguments parsed by commander, errors mapped to one line and exit 2.
import * as path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isVouchError } from '../core/errors';
import type { Logger } from '../core/logger';
import { generateCommand } from './generateCommand';
import { verifyCommand } from './verifyCommand';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
}

function positiveInteger(name: string) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError(`${name} must be a positive whole number`);
    return parsed;
  };
}

function seedValue(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 0x7fffffff) throw new InvalidArgumentError('the seed must be a whole number from 0 to 2147483647');
  return parsed;
}

function cliLogger(io: CliIo, verbose: boolean): Logger {
  return {
    info: (m) => verbose && io.stderr(`vouch: ${m}\n`),
    warn: (m) => io.stderr(`vouch: warning: ${m}\n`),
    error: (m) => io.stderr(`vouch: error: ${m}\n`),
    verbose: verbose ? (m) => io.stderr(`vouch: ${m}\n`) : undefined,
  };
}

/** Runs the CLI and resolves to the exit code; never exits the process itself. */
export async function runCli(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  let exitCode = 0;
  const program = new Command('vouch')
    .description('Verifies changed TypeScript functions: change-scoped tests with generated inputs, run against the old version.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run vouch --help for usage)');

  program
    .command('verify')
    .description('verify every declaration changed against a git ref (default HEAD); exit 1 when something failed or changed')
    .argument('[paths...]', 'files or folders to limit verification to (default: the whole workspace)')
    .option('--root <dir>', 'workspace folder (default: the current folder)')
    .option('--base <ref>', 'git ref to compare with (default: HEAD)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--runs <n>', 'generated inputs per property (default 200)', positiveInteger('--runs'))
    .option('--seed <n>', 'seed for every declaration, to replay a finding', seedValue)
    .option('--timeout-ms <n>', 'time budget per check; a call slower than this is a hang (default 2000)', positiveInteger('--timeout-ms'))
    .option('--only <names>', 'only these declarations, comma-separated (bulkPrice,Cart.total)', (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)])
    .option('--no-related-tests', "don't run the workspace's tests that import changed files")
    .option('--no-cache', 'ignore cached verdicts')
    .option('--no-color', 'plain text output')
    .option('--verbose', 'log progress to stderr')
    .action(async (paths: string[], flags: Record<string, unknown>) => {
      const root = path.resolve(io.cwd, (flags.root as string | undefined) ?? '.');
      exitCode = await verifyCommand({
        root,
        paths,
        base: flags.base as string | undefined,
        format: flags.format as 'text' | 'json',
        options: {
          runs: flags.runs as number | undefined,
          seed: flags.seed as number | undefined,
          timeoutMs: flags.timeoutMs as number | undefined,
          only: flags.only as string[] | undefined,
          relatedTests: flags.relatedTests as boolean,
          useCache: flags.cache as boolean,
        },
        color: (flags.color as boolean) && io.isTty && !io.env.NO_COLOR,
        version,
        logger: cliLogger(io, Boolean(flags.verbose)),
        write: io.stdout,
      });
    });

  program
    .command('generate')
    .description("write a test file for a source file's exported functions (examples recorded from the current code, and Vouch's properties), in the project's framework and place; run again, it adds only what is missing")
    .argument('<file>', 'the TypeScript source file')
    .option('--root <dir>', 'workspace folder (default: the current folder)')
    .option('--only <name>', 'only this declaration (bulkPrice, Cart.add)')
    .option('--timeout-ms <n>', 'longest a recorded call may take (default 2000)', positiveInteger('--timeout-ms'))
    .option('--dry-run', 'print the test file instead of writing it')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--verbose', 'log progress to stderr')
    .action(async (file: string, flags: Record<string, unknown>) => {
      exitCode = await generateCommand({
        root: path.resolve(io.cwd, (flags.root as string | undefined) ?? '.'),
        file,
        only: flags.only as string | undefined,
        timeoutMs: flags.timeoutMs as number | undefined,
        dryRun: Boolean(flags.dryRun),
        format: flags.format as 'text' | 'json',
        logger: cliLogger(io, Boolean(flags.verbose)),
        write: io.stdout,
      });
    });

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2; // commander already printed the one-line reason
    }
    if (isVouchError(error)) {
      io.stderr(`vouch: error: ${error.message}${error.hint ? ` (${error.hint})` : ''}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr(`vouch: internal error: ${message}\n`);
    if (io.env.VOUCH_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return 2;
  }
}
