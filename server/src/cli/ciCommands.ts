// The commands CI uses besides verify: `merge-reports` joins the JSON reports of a sharded run's
// jobs (and writes any formats), `pr-comment` posts or updates the markdown report on a GitHub
// pull request.
import * as path from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { parseFailOn } from '../core/report/exitPolicy';
import { collectList } from './cliIo';
import type { CliIo } from './cliIo';
import { mergeReportsCommand } from './mergeReportsCommand';
import { prCommentCommand } from './prCommentCommand';
import { parseFormats } from './reportOutputs';

function pullRequestNumber(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError('--pr must be a pull request number');
  return parsed;
}

export function registerCiCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('merge-reports')
    .description("join the JSON reports of a sharded run's jobs (vouch verify --shard i/n --format json) into one report; exit 1 when it has findings the fail-on policy counts")
    .argument('<reports...>', 'the JSON reports, one per shard')
    .option('--root <dir>', 'workspace whose configuration gives severities and the fail-on policy (default: the current folder)')
    .option('--config <file>', 'configuration file (default: vouch.config.json, or the "vouch" key of package.json)')
    .option('--no-config', "ignore the project's configuration")
    .option('--format <formats>', 'text, json, sarif, junit, markdown; several, comma-separated, with --output-dir (default: json)', collectList)
    .option('--output-dir <dir>', 'write each format but text to a file in this folder')
    .option('--fail-on <states>', 'failed, changed, unverified, comma-separated, or none (default: failed,changed)', collectList)
    .option('--no-color', 'plain text output')
    .action((files: string[], flags: Record<string, unknown>) => {
      const outputDir = flags.outputDir as string | undefined;
      done(
        mergeReportsCommand({
          cwd: io.cwd,
          files,
          root: path.resolve(io.cwd, (flags.root as string | undefined) ?? '.'),
          config: flags.config === false ? false : (flags.config as string | undefined),
          formats: flags.format ? parseFormats(flags.format as string[]) : ['json'],
          outputDir: outputDir !== undefined ? path.resolve(io.cwd, outputDir) : undefined,
          failOn: flags.failOn !== undefined ? parseFailOn(flags.failOn as string[]) : undefined,
          color: (flags.color as boolean) && io.isTty && !io.env.NO_COLOR,
          write: io.stdout,
          writeError: io.stderr,
        }),
      );
    });

  program
    .command('pr-comment')
    .description('post the markdown report (vouch.md) on a GitHub pull request, or update the comment posted before; uses $GITHUB_TOKEN and $GITHUB_API_URL')
    .argument('<markdown>', 'the markdown report (vouch verify --format markdown)')
    .option('--repo <owner/name>', 'repository (default: $GITHUB_REPOSITORY)')
    .option('--pr <number>', 'pull request (default: the one in $GITHUB_EVENT_PATH)', pullRequestNumber)
    .action(async (file: string, flags: Record<string, unknown>) => {
      done(await prCommentCommand({ cwd: io.cwd, file, repo: flags.repo as string | undefined, pr: flags.pr as number | undefined, env: io.env, write: io.stdout }));
    });
}
