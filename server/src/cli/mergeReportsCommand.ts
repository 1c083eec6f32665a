// `vouch merge-reports a.json b.json…`: the JSON reports of a sharded run's jobs as one report,
// written in any formats (the job that posts the pull-request comment and uploads SARIF runs it),
// and the exit code of the merged report under the fail-on policy.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../core/config/loadConfig';
import { DEFAULT_FAIL_ON } from '../core/config/vouchConfig';
import type { FailOnState, VouchConfig } from '../core/config/vouchConfig';
import { VouchError } from '../core/errors';
import { asJsonReport, mergeReports } from '../core/report/mergeReports';
import { checkOutputs, writeReports } from './reportOutputs';
import type { ReportFormat } from './reportOutputs';

export interface MergeReportsOptions {
  cwd: string;
  files: string[];
  formats: ReportFormat[];
  outputDir?: string;
  failOn?: FailOnState[];
  /** The workspace whose configuration gives severities and the fail-on policy; false: none. */
  root: string;
  config?: string | false;
  color: boolean;
  write(text: string): void;
  writeError(text: string): void;
}

function readReport(cwd: string, file: string) {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new VouchError('PATH_NOT_FOUND', `no such report: ${file}`);
  }
  try {
    return asJsonReport(JSON.parse(text), file);
  } catch (error) {
    if (error instanceof VouchError) throw error;
    throw new VouchError('INVALID_OPTION', `${file} is not valid JSON`);
  }
}

export function mergeReportsCommand(command: MergeReportsOptions): number {
  checkOutputs(command.formats, command.outputDir);
  const { config } = command.config === false ? { config: {} as VouchConfig } : loadConfig(command.root, command.config);
  const reports = command.files.map((file) => readReport(command.cwd, file));
  const merged = mergeReports(reports, command.files, command.failOn ?? config.failOn ?? [...DEFAULT_FAIL_ON]);
  writeReports(merged, { formats: command.formats, outputDir: command.outputDir, severity: config.severity ?? {}, color: command.color, stdout: command.write, stderr: command.writeError });
  return merged.exitCode;
}
