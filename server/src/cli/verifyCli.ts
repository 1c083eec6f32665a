// The options of `vouch verify`, and how they become a VerifyCommandOptions. An option left out
// stays undefined so the project's configuration can give it (flags override the file).
import * as path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { parseShard } from '../core/config/shard';
import { parseFailOn } from '../core/report/exitPolicy';
import { cliLogger, collectList, positiveInteger, seedValue, wholeNumber } from './cliIo';
import type { CliIo } from './cliIo';
import { parseFormats } from './reportOutputs';
import { verifyCommand } from './verifyCommand';

/** The value of an option when the user gave it, undefined when commander filled in a default. */
function given<T>(command: Command, name: string): T | undefined {
  return command.getOptionValueSource(name) === 'cli' ? (command.getOptionValue(name) as T) : undefined;
}

export function registerVerify(program: Command, io: CliIo, version: string, done: (code: number) => void): void {
  program
    .command('verify')
    .description('verify every declaration changed against a git ref (default HEAD); exit 1 when something failed or changed')
    .argument('[paths...]', 'files, folders or globs to limit verification to (src/**/*.ts; !src/generated/** excludes); default: the whole workspace')
    .option('--root <dir>', 'workspace folder (default: the current folder)')
    .option('--config <file>', 'configuration file (default: vouch.config.json, or the "vouch" key of package.json)')
    .option('--no-config', "ignore the project's configuration")
    .option('--base <ref>', 'git ref to compare with (default: HEAD); with --base, the merge base of <ref> and HEAD: what a pull request changes')
    .addOption(new Option('--base-mode <mode>', 'merge-base: compare with the merge base of --base and HEAD; ref: with the ref itself').choices(['merge-base', 'ref']))
    .option('--changed-only', 'only declarations in changed files (no callers in unchanged files that import them)')
    .option('--format <formats>', 'text, json, sarif, junit, markdown; several, comma-separated, with --output-dir (default: text)', collectList)
    .option('--output-dir <dir>', 'write each format but text to a file in this folder (vouch.json, vouch.sarif, vouch-junit.xml, vouch.md)')
    .option('--fail-on <states>', 'verdicts that make the exit code 1: failed, changed, unverified, comma-separated, or none (default: failed,changed)', collectList)
    .option('--shard <i/n>', 'verify the i-th of n shares of the changed declarations (parallel CI jobs); join the JSON reports with vouch merge-reports')
    .option('--runs <n>', 'generated inputs per property (default 200)', positiveInteger('--runs'))
    .option('--seed <n>', 'seed for every declaration, to replay a finding', seedValue)
    .option('--timeout-ms <n>', 'time budget per check; a call slower than this is a hang (default 2000)', positiveInteger('--timeout-ms'))
    .option('--affected-limit <n>', 'most callers of changed code checked as affected (default 10; 0: none)', wholeNumber('--affected-limit', 1_000))
    .option('--only <names>', 'only these declarations, comma-separated (bulkPrice,Cart.total)', collectList)
    .option('--no-related-tests', "don't run the workspace's tests that import changed files")
    .option('--no-cache', 'ignore cached verdicts')
    .option('--no-color', 'plain text output')
    .option('--verbose', 'log progress to stderr')
    .action(async (paths: string[], flags: Record<string, unknown>, command: Command) => {
      const root = path.resolve(io.cwd, (flags.root as string | undefined) ?? '.');
      const config = flags.config === false ? false : (flags.config as string | undefined);
      const outputDir = flags.outputDir as string | undefined;
      done(
        await verifyCommand({
          root,
          paths,
          base: flags.base as string | undefined,
          baseMode: flags.baseMode as 'merge-base' | 'ref' | undefined,
          changedOnly: Boolean(flags.changedOnly),
          shard: flags.shard !== undefined ? parseShard(flags.shard as string) : undefined,
          formats: parseFormats((flags.format as string[] | undefined) ?? []),
          outputDir: outputDir !== undefined ? path.resolve(io.cwd, outputDir) : undefined,
          failOn: flags.failOn !== undefined ? parseFailOn(flags.failOn as string[]) : undefined,
          config,
          options: {
            runs: flags.runs as number | undefined,
            seed: flags.seed as number | undefined,
            timeoutMs: flags.timeoutMs as number | undefined,
            affectedLimit: flags.affectedLimit as number | undefined,
            only: flags.only as string[] | undefined,
            relatedTests: given<boolean>(command, 'relatedTests'),
            useCache: flags.cache as boolean,
          },
          color: (flags.color as boolean) && io.isTty && !io.env.NO_COLOR,
          version,
          logger: cliLogger(io, Boolean(flags.verbose)),
          write: io.stdout,
          writeError: io.stderr,
        }),
      );
    });
}
