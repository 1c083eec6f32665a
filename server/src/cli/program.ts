// The `vouch` command line: arguments parsed by commander, errors mapped to one line and exit 2.
// verify (verifyCli.ts), merge-reports and pr-comment (ciCommands.ts), generate (below).
import * as path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { isVouchError } from '../core/errors';
import { cliLogger, positiveInteger } from './cliIo';
import type { CliIo } from './cliIo';

export type { CliIo } from './cliIo';
import { registerCiCommands } from './ciCommands';
import { generateCommand } from './generateCommand';
import { registerVerify } from './verifyCli';

/** Runs the CLI and resolves to the exit code; never exits the process itself. */
export async function runCli(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  let exitCode = 0;
  const program = new Command('vouch')
    .description('Verifies changed TypeScript functions: change-scoped tests with generated inputs, run against the old version.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run vouch --help for usage)');

  registerVerify(program, io, version, (code) => (exitCode = code));
  registerCiCommands(program, io, (code) => (exitCode = code));

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
