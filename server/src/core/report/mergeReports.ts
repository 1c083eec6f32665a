// `vouch merge-reports`: the JSON reports of parallel CI jobs (`--shard i/n`) joined into the
// report one job would have written. Every shard of the same run must be there exactly once, with
// the same base; together they must hold as many declarations as the shards say the run had.
// Whole (unsharded) reports of different paths can be merged too, as long as no declaration is in
// two of them.
import * as path from 'node:path';
import { VouchError } from '../errors';
import type { FailOnState } from '../config/vouchConfig';
import type { Verdict } from '../model';
import type { JsonReport } from './jsonReport';
import { JSON_SCHEMA_VERSION, summarize } from './jsonReport';

function invalid(message: string): never {
  throw new VouchError('INVALID_OPTION', message);
}

/** Basic shape check of a parsed file, so a wrong file fails with a clear line. */
export function asJsonReport(value: unknown, label: string): JsonReport {
  const report = value as Partial<JsonReport> | null;
  if (!report || typeof report !== 'object' || report.tool?.name !== 'vouch' || !Array.isArray(report.verdicts)) {
    invalid(`${label} is not a Vouch JSON report (vouch verify --format json)`);
  }
  if (report.schemaVersion !== JSON_SCHEMA_VERSION) invalid(`${label} has schemaVersion ${report.schemaVersion}; this Vouch reads ${JSON_SCHEMA_VERSION}`);
  return report as JsonReport;
}

/** A verdict of a report made under another root (another CI machine), moved to `root`. */
function rebase(verdict: Verdict, from: string, root: string): Verdict {
  if (from === root) return verdict;
  const move = (file: string) => (file.startsWith(from + path.sep) || file.startsWith(`${from}/`) ? path.join(root, path.relative(from, file)) : file);
  return {
    ...verdict,
    declaration: { ...verdict.declaration, file: move(verdict.declaration.file) },
    checks: verdict.checks.map((check) =>
      check.finding?.location ? { ...check, finding: { ...check.finding, location: { ...check.finding.location, file: move(check.finding.location.file) } } } : check,
    ),
  };
}

function checkShards(reports: readonly JsonReport[], labels: readonly string[]): void {
  const sharded = reports.filter((r) => r.shard);
  if (sharded.length === 0) return;
  if (sharded.length !== reports.length) invalid('cannot merge sharded and whole reports: give the reports of one sharded run');
  const count = sharded[0].shard!.count;
  const seen = new Map<number, string>();
  reports.forEach((report, i) => {
    const shard = report.shard!;
    if (shard.count !== count || shard.total !== sharded[0].shard!.total) invalid(`${labels[i]} is shard ${shard.index}/${shard.count} of ${shard.total} declarations, but ${labels[0]} is from a run of ${count} shards and ${sharded[0].shard!.total} declarations`);
    if (seen.has(shard.index)) invalid(`shard ${shard.index}/${count} is given twice (${seen.get(shard.index)} and ${labels[i]})`);
    seen.set(shard.index, labels[i]);
  });
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !seen.has(index));
  if (missing.length > 0) invalid(`shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: give every shard's JSON report`);
  const verdicts = reports.reduce((sum, r) => sum + r.verdicts.length, 0);
  if (verdicts !== sharded[0].shard!.total) invalid(`the shards hold ${verdicts} declarations, but the run had ${sharded[0].shard!.total}`);
}

export function mergeReports(reports: readonly JsonReport[], labels: readonly string[], failOn?: readonly FailOnState[]): JsonReport {
  if (reports.length === 0) invalid('no reports to merge');
  const [first] = reports;
  reports.forEach((report, i) => {
    if (report.base !== first.base || report.baseCommit !== first.baseCommit) {
      invalid(`${labels[i]} compares with ${report.baseCommit ?? report.base ?? 'no baseline'}, but ${labels[0]} with ${first.baseCommit ?? first.base ?? 'no baseline'}`);
    }
  });
  checkShards(reports, labels);
  const owner = new Map<string, string>();
  const verdicts: Verdict[] = [];
  reports.forEach((report, i) => {
    for (const verdict of report.verdicts) {
      const id = `${verdict.declaration.relativePath}#${verdict.declaration.qualifiedName}`;
      if (owner.has(id)) invalid(`${id} is in both ${owner.get(id)} and ${labels[i]}`);
      owner.set(id, labels[i]);
      verdicts.push(rebase(verdict, report.root, first.root));
    }
  });
  verdicts.sort((a, b) => a.declaration.relativePath.localeCompare(b.declaration.relativePath) || a.declaration.span.startLine - b.declaration.span.startLine);
  const skipped = [...new Map(reports.flatMap((r) => r.skipped).map((s) => [s.file, s])).values()].sort((a, b) => a.file.localeCompare(b.file));
  const { shard: _shard, ...rest } = first;
  return {
    ...rest,
    verdicts,
    skipped,
    notes: [...new Set(reports.flatMap((r) => r.notes))],
    durationMs: Math.max(...reports.map((r) => r.durationMs)),
    ...summarize(verdicts, failOn),
  };
}
