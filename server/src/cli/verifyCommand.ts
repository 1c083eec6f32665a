// `vouch verify`: run the engine on the changes under the given paths and write the reports.
// The project's configuration (vouch.config.json or package.json "vouch") gives the defaults;
// command-line flags override it. Exit codes: 0 nothing the fail-on policy counts, 1 something it
// counts (by default: failed or changed), 2 usage, configuration or internal error.
import { loadConfig, sandboxAllowancesOf } from '../core/config/loadConfig';
import { fileFilter, splitPathArguments } from '../core/config/fileFilter';
import type { ShardSpec } from '../core/config/shard';
import { DEFAULT_FAIL_ON } from '../core/config/vouchConfig';
import type { FailOnState, VouchConfig } from '../core/config/vouchConfig';
import { Engine } from '../core/engine';
import { VouchError } from '../core/errors';
import type { Logger } from '../core/logger';
import { toJsonReport } from '../core/report/jsonReport';
import { allowancesToEnv } from '../core/runtime/sandboxAllowances';
import type { BaseMode } from '../core/verify/collectTargets';
import type { VerifyOptions } from '../core/verifyOptions';
import { checkOutputs, writeReports } from './reportOutputs';
import type { ReportFormat } from './reportOutputs';

export interface VerifyCommandOptions {
  root: string;
  /** Files, folders and globs (`src/**`, `!src/generated/**`) from the command line. */
  paths: string[];
  base?: string;
  baseMode?: BaseMode;
  changedOnly?: boolean;
  shard?: ShardSpec;
  formats: ReportFormat[];
  outputDir?: string;
  /** From --fail-on; the configuration's (or the default) when absent. */
  failOn?: FailOnState[];
  /** `--config <file>`; false with --no-config. */
  config?: string | false;
  /** Options given on the command line (undefined: not given). */
  options: Partial<VerifyOptions>;
  color: boolean;
  version: string;
  logger: Logger;
  write(text: string): void;
  writeError(text: string): void;
}

/** Engine options: the command line's where given, else the configuration's, else the defaults. */
function verifyOptions(flags: Partial<VerifyOptions>, config: VouchConfig): Partial<VerifyOptions> {
  return {
    runs: flags.runs ?? config.runs,
    timeoutMs: flags.timeoutMs ?? config.timeoutMs,
    affectedLimit: flags.affectedLimit ?? config.affectedLimit,
    relatedTests: flags.relatedTests ?? config.relatedTests,
    seed: flags.seed,
    only: flags.only,
    useCache: flags.useCache,
  };
}

/** Sets the sandbox allowances for the runner this process starts; returns the undo. */
function applySandboxEnv(env: NodeJS.ProcessEnv, values: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((key) => [key, env[key]]));
  Object.assign(env, values);
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }
  };
}

export async function verifyCommand(command: VerifyCommandOptions): Promise<number> {
  checkOutputs(command.formats, command.outputDir);
  if (command.baseMode && command.base === undefined) throw new VouchError('INVALID_OPTION', '--base-mode needs --base <ref>');
  const { config, source } = command.config === false ? { config: {} as VouchConfig, source: undefined } : loadConfig(command.root, command.config);
  if (source) command.logger.verbose?.(`configuration from ${source}`);
  const cli = splitPathArguments(command.paths);
  const configFilter = fileFilter({ include: config.include ?? [], exclude: config.exclude ?? [] });
  const cliFilter = fileFilter(cli);
  const filter = configFilter || cliFilter ? (file: string) => (configFilter?.(file) ?? true) && (cliFilter?.(file) ?? true) : undefined;
  const options = verifyOptions(command.options, config);
  const failOn = command.failOn ?? config.failOn ?? [...DEFAULT_FAIL_ON];

  // The runner is forked with this process's environment, and the test workers inherit it.
  const undoEnv = applySandboxEnv(process.env, allowancesToEnv(sandboxAllowancesOf(config, command.root)));
  const engine = new Engine({ logger: command.logger });
  try {
    const report = await engine.verify({
      root: command.root,
      paths: cli.paths.length > 0 ? cli.paths : undefined,
      base: command.base,
      baseMode: command.base !== undefined ? (command.baseMode ?? 'merge-base') : undefined,
      changedOnly: command.changedOnly,
      filter,
      shard: command.shard,
      options,
      onVerdict: (verdict) => command.logger.verbose?.(`${verdict.declaration.relativePath} ${verdict.declaration.qualifiedName}: ${verdict.state}`),
    });
    // Replay commands carry the budget when the command line changed it (the configuration file
    // gives the same budget on the developer's machine).
    const json = toJsonReport(report, command.version, { failOn, replay: { runs: command.options.runs, timeoutMs: command.options.timeoutMs } });
    writeReports(json, { formats: command.formats, outputDir: command.outputDir, severity: config.severity ?? {}, color: command.color, stdout: command.write, stderr: command.writeError });
    return json.exitCode;
  } finally {
    await engine.dispose();
    undoEnv();
  }
}
