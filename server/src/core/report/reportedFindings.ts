// What the CI formats report, taken once from a report: one entry per failed check (with its
// finding) and one per unverifiable declaration, each with its level (the configured severity of
// its kind), the command that replays it and a fingerprint that stays the same across runs.
import { createHash } from 'node:crypto';
import { DEFAULT_SEVERITY } from '../config/vouchConfig';
import type { SeverityKey, SeverityLevel } from '../config/vouchConfig';
import type { CheckResult, Verdict } from '../model';
import type { JsonFinding } from './jsonReport';
import { replayCommand } from './replay';
import type { ReplayContext } from './replay';

/** Rule ids: the check kinds, and `unverifiable` for declarations Vouch could not check. */
export type RuleId = SeverityKey extends infer K ? (K extends 'unverified' ? 'unverifiable' : K) : never;

export interface ReportedFinding {
  ruleId: RuleId;
  level: SeverityLevel;
  verdict: Verdict;
  /** Absent for an unverifiable declaration. */
  check?: CheckResult;
  finding?: JsonFinding;
  /** One sentence with the counterexample. */
  message: string;
  /** Same declaration, same kind (and same related test): same fingerprint, whatever the input,
   *  line or seed, so code scanning tracks one alert while the code moves. */
  fingerprint: string;
  replay?: string;
  /** Workspace-relative file and 1-based line and column where it shows. */
  file: string;
  line: number;
  column: number;
}

export type Severity = Partial<Record<SeverityKey, SeverityLevel>>;

export function levelOf(key: SeverityKey, severity: Severity = {}): SeverityLevel {
  return severity[key] ?? DEFAULT_SEVERITY[key];
}

function fingerprintOf(verdict: Verdict, ruleId: string, extra = ''): string {
  const { relativePath, qualifiedName } = verdict.declaration;
  return createHash('sha256').update(`${relativePath}\0${qualifiedName}\0${ruleId}\0${extra}`).digest('hex').slice(0, 32);
}

function share(finding: JsonFinding): string {
  return finding.failingInputs && finding.totalInputs ? ` (${finding.failingInputs} of ${finding.totalInputs} inputs)` : '';
}

/** The finding as one sentence, the counterexample included. */
export function findingSentence(finding: JsonFinding): string {
  switch (finding.kind) {
    case 'behavior-change':
      return finding.input ? `Behaviour changed${share(finding)}: ${finding.input} returned ${finding.old ?? '?'} before, ${finding.new ?? '?'} now.` : `Behaviour changed: ${finding.message}`;
    case 'related-test':
      return `Workspace test fails: ${finding.test ? `${finding.test.name}: ` : ''}${finding.actual ?? finding.message}`;
    case 'contract':
      return `${finding.input ? `${finding.input} ` : ''}returns ${finding.actual ?? '?'}, outside its declared type ${finding.expected ?? ''}${share(finding)}.`.replace(' .', '.');
    case 'doctest':
      return `@example no longer holds: ${finding.input ?? ''} gives ${finding.actual ?? '?'}, expected ${finding.expected ?? '?'}.`;
    default: {
      const input = finding.input && !finding.message.startsWith(finding.input) ? `${finding.input} ` : '';
      return `${finding.kind === 'crash' ? 'Crash' : finding.kind === 'hang' ? 'Hang' : 'Slowdown'}${share(finding)}: ${input}${finding.message}`;
    }
  }
}

export function reportedFindings(verdicts: readonly Verdict[], severity: Severity = {}, replay: ReplayContext = {}): ReportedFinding[] {
  const out: ReportedFinding[] = [];
  for (const verdict of verdicts) {
    const { declaration } = verdict;
    const at = { file: declaration.relativePath, line: declaration.span.startLine, column: declaration.span.startColumn };
    if (verdict.state === 'unverifiable') {
      out.push({ ruleId: 'unverifiable', level: levelOf('unverified', severity), verdict, message: `${declaration.qualifiedName} could not be verified: ${verdict.reason ?? 'unknown reason'}.`, fingerprint: fingerprintOf(verdict, 'unverifiable'), ...at });
      continue;
    }
    for (const check of verdict.checks) {
      if (check.status !== 'failed' || !check.finding) continue;
      const finding = check.finding as JsonFinding;
      const command = finding.replay ?? (finding.seed !== undefined ? replayCommand(declaration.relativePath, declaration.qualifiedName, finding.seed, replay) : undefined);
      const location = finding.location && finding.location.file === declaration.file ? { file: declaration.relativePath, line: finding.location.line, column: Math.max(1, finding.location.column) } : at;
      out.push({
        ruleId: check.kind,
        level: levelOf(check.kind, severity),
        verdict,
        check,
        finding,
        message: `${declaration.qualifiedName}: ${findingSentence(finding)}`,
        fingerprint: fingerprintOf(verdict, check.kind, check.kind === 'related-test' ? (finding.test?.name ?? '') : ''),
        replay: command,
        ...location,
      });
    }
  }
  return out;
}
