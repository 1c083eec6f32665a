// The machine-readable report (`vouch verify --format json`). Its shape is documented in
// docs/json-report.md and by schemas/vouch-report.schema.json, which a test checks it against;
// `schemaVersion` changes when a field changes meaning or goes away. The other CI formats
// (SARIF, JUnit, Markdown) and `vouch merge-reports` are made from this shape, so a report saved
// by one CI job can be turned into any of them later.
import * as path from 'node:path';
import type { FailOnState } from '../config/vouchConfig';
import type { ShardSummary } from '../config/shard';
import type { Finding, VerdictCounts, Verdict, VerifyReport } from '../model';
import { countVerdicts } from '../model';
import type { BaseMode } from '../verify/collectTargets';
import { exitCodeFor } from './exitPolicy';
import { replayCommand } from './replay';
import type { ReplayContext } from './replay';

export const JSON_SCHEMA_VERSION = 1;

/** A finding as the JSON report carries it: with the command that replays it. */
export interface JsonFinding extends Finding {
  replay?: string;
}

export interface JsonReport extends Omit<VerifyReport, 'root'> {
  schemaVersion: number;
  tool: { name: 'vouch'; version: string };
  root: string;
  /** How `base` was used; present when a base ref was given. */
  baseMode?: BaseMode;
  /** The commit compared with (the merge base in merge-base mode). */
  baseCommit?: string;
  /** The share of a sharded run (`--shard i/n`); absent in a whole or merged report. */
  shard?: ShardSummary;
  summary: VerdictCounts & { total: number };
  exitCode: number;
}

/** What toJsonReport needs besides the engine's report. */
export interface JsonReportOptions {
  failOn?: readonly FailOnState[];
  /** Flags the replay commands carry (the budget, when not the default). */
  replay?: Pick<ReplayContext, 'runs' | 'timeoutMs'>;
}

type ReportWithExtras = VerifyReport & { baseMode?: BaseMode; baseCommit?: string; shard?: ShardSummary };

function withReplay(verdict: Verdict, context: ReplayContext): Verdict {
  const checks = verdict.checks.map((check) => {
    const finding = check.finding;
    if (!finding || finding.seed === undefined) return check;
    const replay = replayCommand(verdict.declaration.relativePath, verdict.declaration.qualifiedName, finding.seed, context);
    return { ...check, finding: { ...finding, replay } as JsonFinding };
  });
  return { ...verdict, checks };
}

/** The counts and exit code of a list of verdicts under a fail-on policy. */
export function summarize(verdicts: readonly Verdict[], failOn?: readonly FailOnState[]): Pick<JsonReport, 'summary' | 'exitCode'> {
  return { summary: { ...countVerdicts(verdicts), total: verdicts.length }, exitCode: exitCodeFor(verdicts, failOn) };
}

export function toJsonReport(report: ReportWithExtras, version: string, options: JsonReportOptions = {}): JsonReport {
  const context: ReplayContext = { base: report.base, baseMode: report.baseMode, ...options.replay };
  const verdicts = report.verdicts.map((verdict) => withReplay(verdict, context));
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'vouch', version },
    ...report,
    root: report.root,
    verdicts,
    ...summarize(verdicts, options.failOn),
    skipped: report.skipped.map((s) => ({ ...s, file: path.relative(report.root, s.file).split(path.sep).join('/') })),
  };
}

/** The engine's report again (absolute skipped paths), for the text format of a saved report. */
export function fromJsonReport(report: JsonReport): VerifyReport & Pick<JsonReport, 'baseMode' | 'baseCommit' | 'shard'> {
  return { ...report, skipped: report.skipped.map((s) => ({ ...s, file: path.resolve(report.root, s.file) })) };
}
