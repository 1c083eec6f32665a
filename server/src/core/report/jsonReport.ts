// The machine-readable report (`vouch verify --format json`). Its shape is documented in
// docs/json-report.md and by schemas/vouch-report.schema.json, which a test checks it against;
// `schemaVersion` changes when a field changes meaning or goes away.
import * as path from 'node:path';
import type { VerdictCounts, VerifyReport } from '../model';
import { countVerdicts } from '../model';

export const JSON_SCHEMA_VERSION = 1;

export interface JsonReport extends Omit<VerifyReport, 'root'> {
  schemaVersion: number;
  tool: { name: 'vouch'; version: string };
  root: string;
  summary: VerdictCounts & { total: number };
  exitCode: number;
}

/** 1 when something failed or changed, else 0 (2 is for usage and internal errors). */
export function exitCodeFor(report: VerifyReport): number {
  const counts = countVerdicts(report.verdicts);
  return counts.failed > 0 || counts.changed > 0 ? 1 : 0;
}

export function toJsonReport(report: VerifyReport, version: string): JsonReport {
  const counts = countVerdicts(report.verdicts);
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'vouch', version },
    ...report,
    root: report.root,
    summary: { ...counts, total: report.verdicts.length },
    exitCode: exitCodeFor(report),
    skipped: report.skipped.map((s) => ({ ...s, file: path.relative(report.root, s.file).split(path.sep).join('/') })),
  };
}
