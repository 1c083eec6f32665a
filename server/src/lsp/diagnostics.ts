// Verdicts as editor diagnostics. A failed check is an Error on the AI-edited lines of the
// declaration (or the line that crashed), with the input and what went wrong; a behaviour change
// is a Warning until accepted; an AI edit that could not be verified says why, at the severity the
// user chose. vouch.config.json's `severity` can set another level per check kind (`off`: none).
// Pending and stale verdicts show nothing.
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic, Range } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { REVIEW_KINDS } from '../core/model';
import type { CheckKind, CheckResult, Finding, Verdict } from '../core/model';
import type { SeveritySetting } from '../../../shared/src/settings';
import type { DocumentState } from './documentState';

export const DIAGNOSTIC_SOURCE = 'Vouch';
/** Diagnostic code of an AI edit that ended unverifiable. */
export const UNVERIFIED_CODE = 'unverified';

export interface DiagnosticData {
  uri: string;
  qualifiedName: string;
  kind: string;
}

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticContext {
  state: DocumentState;
  aiRanges: readonly Range[];
  unverifiedSeverity: SeveritySetting;
  /** Severities the project's configuration sets per check kind, over the editor's own. */
  checkSeverities?: Partial<Record<CheckKind, SeveritySetting>>;
  isAccepted(name: string): boolean;
  isAiEdited(name: string): boolean;
}

/** 0-based range of a declaration's span in the current outline. */
function declarationRange(state: DocumentState, name: string): Range | undefined {
  const entry = state.entry(name);
  if (!entry) return undefined;
  const { startLine, startColumn, endLine, endColumn } = entry.span;
  return { start: { line: startLine - 1, character: startColumn - 1 }, end: { line: endLine - 1, character: endColumn - 1 } };
}

function within(range: Range, outer: Range): boolean {
  return range.end.line >= outer.start.line && range.start.line <= outer.end.line;
}

function lineRange(state: DocumentState, line: number): Range {
  const text = state.text.split('\n')[line] ?? '';
  const start = text.length - text.trimStart().length;
  return { start: { line, character: start }, end: { line, character: text.trimEnd().length } };
}

/** Where a finding is shown: the crash line in this file, else the AI-edited lines, else the declaration's first line. */
function findingRange(context: DiagnosticContext, declaration: Range, finding: Finding | undefined): Range {
  const location = finding?.location;
  if (location && finding.kind === 'crash' && location.file === context.state.file && location.line - 1 >= declaration.start.line && location.line - 1 <= declaration.end.line) {
    return lineRange(context.state, location.line - 1);
  }
  if (location && finding.kind === 'doctest') return lineRange(context.state, location.line - 1);
  const edited = context.aiRanges.filter((r) => within(r, declaration));
  if (edited.length > 0) {
    const start = edited.reduce((a, r) => (r.start.line < a.line || (r.start.line === a.line && r.start.character < a.character) ? r.start : a), edited[0].start);
    const end = edited.reduce((a, r) => (r.end.line > a.line || (r.end.line === a.line && r.end.character > a.character) ? r.end : a), edited[0].end);
    return { start: { line: Math.max(start.line, declaration.start.line), character: 0 }, end: { line: Math.min(end.line, declaration.end.line), character: Number.MAX_SAFE_INTEGER } };
  }
  return lineRange(context.state, declaration.start.line);
}

function clipped(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function findingMessage(check: CheckResult): string {
  const finding = check.finding!;
  const share = finding.failingInputs && finding.totalInputs ? ` (${finding.failingInputs} of ${finding.totalInputs} inputs)` : '';
  switch (finding.kind) {
    case 'behavior-change':
      return `Behaviour changed${share}: ${finding.input ? `${finding.input}: ` : ''}${finding.old} → ${finding.new}`;
    case 'crash':
      return `Crash${share}: ${finding.input ? `${finding.input} ` : ''}${finding.message}`;
    case 'related-test':
      return `Existing test fails: ${finding.message}`;
    case 'slowdown':
      // The input that shows it is often long (grown): the message leads, the input is clipped.
      return `Slowdown: ${finding.message}${finding.input ? `; input: ${clipped(finding.input, 80)}` : ''}`;
    case 'doctest':
      return `Example no longer holds: ${finding.input} — ${finding.message}`;
    default:
      return `${finding.kind[0].toUpperCase()}${finding.kind.slice(1)}${share}: ${finding.input && !finding.message.startsWith(finding.input) ? `${finding.input} ` : ''}${finding.message}`;
  }
}

function diagnostic(context: DiagnosticContext, verdict: Verdict, range: Range, severity: DiagnosticSeverity, code: string, message: string): Diagnostic {
  const data: DiagnosticData = { uri: context.state.uri, qualifiedName: verdict.declaration.qualifiedName, kind: code };
  const related = verdict.testFile
    ? [{ location: { uri: URI.file(verdict.testFile).toString(), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, message: 'the generated test that checked it' }]
    : undefined;
  return { range, severity, source: DIAGNOSTIC_SOURCE, code, message, data, relatedInformation: related };
}

export function diagnosticsFor(context: DiagnosticContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { verdict } of context.state.fresh()) {
    const name = verdict.declaration.qualifiedName;
    const declaration = declarationRange(context.state, name);
    if (!declaration) continue;
    for (const check of verdict.checks) {
      if (check.status !== 'failed' || !check.finding) continue;
      if (REVIEW_KINDS.has(check.kind) && context.isAccepted(name)) continue;
      const configured = context.checkSeverities?.[check.kind];
      if (configured === 'off') continue;
      const severity = configured ? SEVERITY[configured] : REVIEW_KINDS.has(check.kind) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
      diagnostics.push(diagnostic(context, verdict, findingRange(context, declaration, check.finding), severity, check.kind, findingMessage(check)));
    }
    if (verdict.state === 'unverifiable' && context.isAiEdited(name) && context.unverifiedSeverity !== 'off') {
      const message = `AI edit not verified: ${verdict.reason ?? 'no check could run'}`;
      diagnostics.push(diagnostic(context, verdict, findingRange(context, declaration, undefined), SEVERITY[context.unverifiedSeverity], UNVERIFIED_CODE, message));
    }
  }
  return diagnostics;
}
