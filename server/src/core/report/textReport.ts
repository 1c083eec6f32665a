// The report a person reads at a glance in a terminal or a CI log: one block per file, one line
// per declaration with its verdict, and under each finding the input, old → new (or the error),
// where, and the command that replays it.
import * as path from 'node:path';
import type { CheckResult, Finding, Verdict, VerdictState, VerifyReport } from '../model';
import { countVerdicts } from '../model';
import type { JsonFinding } from './jsonReport';
import { replayCommand } from './replay';
import type { ReplayContext } from './replay';

export interface TextStyle {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const plain: TextStyle = { bold: (t) => t, dim: (t) => t, red: (t) => t, yellow: (t) => t, green: (t) => t, cyan: (t) => t };

export function ansiStyle(): TextStyle {
  const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), cyan: wrap(36, 39) };
}

const MARKS: Record<VerdictState, string> = { verified: '✓', failed: '✗', changed: '~', unverifiable: '?', pending: '…', accepted: '=' };

function stateText(state: VerdictState, style: TextStyle): string {
  const word = state.padEnd(12);
  if (state === 'failed') return style.red(word);
  if (state === 'changed') return style.yellow(word);
  if (state === 'verified' || state === 'accepted') return style.green(word);
  return style.dim(word);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summaryOfChecks(verdict: Verdict): string {
  const ran = verdict.checks.filter((c) => c.status === 'passed' || c.status === 'failed');
  const kinds = [...new Set(ran.map((c) => c.kind))];
  const inputs = verdict.inputs > 0 ? `${plural(verdict.inputs, 'input')} · ` : '';
  return kinds.length > 0 ? `${inputs}${kinds.join(', ')}` : '';
}

function failureHeadline(check: CheckResult): string {
  const finding = check.finding!;
  const share = finding.failingInputs && finding.totalInputs ? ` on ${finding.failingInputs} of ${finding.totalInputs} inputs` : '';
  return `${check.kind}${share}`;
}

function findingLines(finding: Finding, verdict: Verdict, root: string, style: TextStyle, context: ReplayContext): string[] {
  const lines: string[] = [];
  if (finding.kind === 'behavior-change' && finding.input) {
    lines.push(`${finding.input}: ${style.red(finding.old ?? '?')} → ${style.yellow(finding.new ?? '?')}`);
  } else if (finding.kind === 'related-test' && finding.test) {
    lines.push(`${path.relative(root, finding.test.file)} › ${finding.test.name}`);
    lines.push(finding.message);
  } else if (finding.input && !finding.message.startsWith(finding.input)) {
    lines.push(`${finding.input} ${finding.kind === 'doctest' ? '— ' : ''}${finding.message}`);
  } else {
    lines.push(finding.message);
  }
  const where = finding.location ? `${path.relative(root, finding.location.file)}:${finding.location.line}` : `${verdict.declaration.relativePath}:${verdict.declaration.span.startLine}`;
  const command = (finding as JsonFinding).replay ?? (finding.seed !== undefined ? replayCommand(verdict.declaration.relativePath, verdict.declaration.qualifiedName, finding.seed, context) : undefined);
  const replay = command ? ` · replay: ${command}` : '';
  lines.push(style.dim(`at ${where}${replay}`));
  return lines;
}

export function formatVerdict(verdict: Verdict, root: string, style: TextStyle = plain, nameWidth = 24, replay: ReplayContext = {}): string[] {
  const name = verdict.declaration.qualifiedName.padEnd(nameWidth);
  const failed = verdict.checks.filter((c) => c.status === 'failed' && c.finding);
  let detail: string;
  if (verdict.state === 'unverifiable') detail = verdict.reason ?? '';
  else if (failed.length > 0) detail = failed.map(failureHeadline).join(', ');
  else detail = summaryOfChecks(verdict);
  const change = verdict.change === 'changed' ? '' : style.dim(` (${verdict.change})`);
  const lines = [`  ${MARKS[verdict.state]} ${style.bold(name)} ${stateText(verdict.state, style)} ${detail}${change}`];
  for (const check of failed) {
    for (const line of findingLines(check.finding!, verdict, root, style, replay)) lines.push(`      ${line}`);
  }
  for (const note of verdict.notes) lines.push(style.dim(`      note: ${note}`));
  return lines;
}

export function formatSummary(report: VerifyReport): string {
  const counts = countVerdicts(report.verdicts);
  const parts: string[] = [];
  if (counts.failed) parts.push(`${counts.failed} failed`);
  if (counts.changed) parts.push(`${counts.changed} changed`);
  if (counts.unverifiable) parts.push(`${counts.unverifiable} unverifiable`);
  if (counts.verified) parts.push(`${counts.verified} verified`);
  if (counts.accepted) parts.push(`${counts.accepted} accepted`);
  return parts.length > 0 ? parts.join(' · ') : 'nothing to verify';
}

/** A report with what a CI run adds: how the base was used and which shard this is. */
export type TextReportInput = VerifyReport & { baseMode?: 'ref' | 'merge-base'; baseCommit?: string; shard?: { index: number; count: number; total: number } };

function againstText(report: TextReportInput): string {
  if (!report.base) return 'without a baseline';
  if (report.baseMode === 'merge-base' && report.baseCommit && report.base !== 'HEAD') return `against the merge base of ${report.base} and HEAD (${report.baseCommit.slice(0, 10)})`;
  return `against ${report.base}`;
}

export function formatTextReport(report: TextReportInput, style: TextStyle = plain): string {
  const out: string[] = [];
  const files = new Set(report.verdicts.map((v) => v.declaration.relativePath));
  const shard = report.shard ? `, shard ${report.shard.index}/${report.shard.count} of ${plural(report.shard.total, 'declaration')}` : '';
  const against = `${againstText(report)}${shard}`;
  const replay: ReplayContext = { base: report.base, baseMode: report.baseMode };
  out.push(style.bold(`Vouch: ${plural(report.verdicts.length, 'declaration')} in ${plural(files.size, 'file')} ${against} (${(report.durationMs / 1000).toFixed(1)} s)`));
  for (const note of report.notes) out.push(style.dim(`note: ${note}`));
  const nameWidth = Math.min(32, Math.max(12, ...report.verdicts.map((v) => v.declaration.qualifiedName.length)));
  for (const file of files) {
    out.push('', style.cyan(file));
    for (const verdict of report.verdicts.filter((v) => v.declaration.relativePath === file)) out.push(...formatVerdict(verdict, report.root, style, nameWidth, replay));
  }
  for (const skipped of report.skipped) out.push('', `${style.cyan(path.relative(report.root, skipped.file))}: ${skipped.message}`);
  if (report.verdicts.length === 0 && report.skipped.length === 0) out.push('', 'No changed TypeScript declarations to verify.');
  out.push('', `${style.bold('Summary:')} ${formatSummary(report)}`);
  return out.join('\n');
}
