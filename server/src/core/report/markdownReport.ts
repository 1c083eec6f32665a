// Markdown (`--format markdown`): a pull-request comment. A summary line and a table of the checked
// declarations, then one collapsible section per finding with the input, old → new (or the error),
// where, and the command that replays it locally. The first line is a hidden marker, so the CI
// step that posts it finds and updates its own comment instead of adding one per push.
import type { Verdict, VerdictState } from '../model';
import type { JsonReport } from './jsonReport';
import { findingSentence, reportedFindings } from './reportedFindings';
import type { ReportedFinding, Severity } from './reportedFindings';

export const COMMENT_MARKER = '<!-- vouch-report -->';
/** GitHub refuses comments over 65 536 characters; details stop well before. */
const MAX_LENGTH = 60_000;

const ICONS: Record<VerdictState, string> = { failed: '❌', changed: '🔶', unverifiable: '❔', verified: '✅', accepted: '☑️', pending: '⏳' };

/** Text inside a table cell: HTML escaped (cells hold `<code>`), pipes and line breaks defused. */
function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/\r?\n/g, ' ');
}

/** A fenced block whose fence is longer than any backtick run inside. */
function fenced(text: string, language = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function headline(report: JsonReport): string {
  const { summary } = report;
  const parts = (['failed', 'changed', 'unverifiable', 'verified', 'accepted'] as const).filter((state) => summary[state] > 0).map((state) => `${summary[state]} ${state}`);
  return parts.length > 0 ? parts.join(' · ') : 'nothing to verify';
}

function against(report: JsonReport): string {
  if (!report.base) return 'without a baseline';
  const commit = report.baseCommit ? ` (\`${report.baseCommit.slice(0, 10)}\`)` : '';
  return report.baseMode === 'merge-base' && report.base !== 'HEAD' ? `against the merge base of \`${report.base}\` and HEAD${commit}` : `against \`${report.base}\`${commit}`;
}

function detailOf(verdict: Verdict): string {
  if (verdict.state === 'unverifiable') return verdict.reason ?? '';
  const failed = verdict.checks.filter((c) => c.status === 'failed' && c.finding);
  if (failed.length > 0) {
    return failed.map((c) => (c.finding!.failingInputs && c.finding!.totalInputs ? `${c.kind} on ${c.finding!.failingInputs} of ${c.finding!.totalInputs} inputs` : c.kind)).join(', ');
  }
  const kinds = [...new Set(verdict.checks.filter((c) => c.status === 'passed').map((c) => c.kind))];
  return `${verdict.inputs > 0 ? `${plural(verdict.inputs, 'input')} · ` : ''}${kinds.join(', ')}`;
}

function table(report: JsonReport): string[] {
  const rows = report.verdicts.map((v) => {
    const where = `${v.declaration.relativePath}:${v.declaration.span.startLine}`;
    const change = v.change === 'changed' ? '' : ` (${v.change})`;
    return `| ${ICONS[v.state]} | <code>${cell(v.declaration.qualifiedName)}</code> | <code>${cell(where)}</code> | ${v.state}${change} | ${cell(detailOf(v))} |`;
  });
  return ['| | declaration | where | verdict | details |', '|---|---|---|---|---|', ...rows];
}

function section(item: ReportedFinding): string {
  const { finding, verdict } = item;
  const sentence = finding ? findingSentence(finding) : `could not be verified: ${verdict.reason ?? 'unknown reason'}`;
  const short = sentence.length > 160 ? `${sentence.slice(0, 159)}…` : sentence;
  const title = `${ICONS[verdict.state]} <code>${cell(verdict.declaration.qualifiedName)}</code> · ${item.ruleId}: ${cell(short)}`;
  const lines = [`<details>`, `<summary>${title}</summary>`, ''];
  if (finding?.input) lines.push('**Input**', '', fenced(finding.input, 'ts'), '');
  if (finding?.old !== undefined || finding?.new !== undefined) lines.push('**Old → new**', '', fenced(`${finding?.old ?? '?'}\n→ ${finding?.new ?? '?'}`), '');
  if (finding?.expected !== undefined) lines.push(`**Expected** ${fenced(finding.expected)}`, '');
  if (finding?.actual !== undefined && finding.kind !== 'behavior-change') lines.push('**Actual**', '', fenced(finding.actual), '');
  if (finding?.kind === 'related-test' && finding.test) lines.push(`**Test** <code>${cell(finding.test.name)}</code>`, '');
  if (!finding) lines.push('When that is safe, allow it in `vouch.config.json` (`sandbox.allowHosts`, `sandbox.allowWrite`); otherwise this declaration needs another kind of test.', '');
  const seed = finding?.seed !== undefined ? ` · seed ${finding.seed}${finding.path ? `, path \`${finding.path}\`` : ''}` : '';
  lines.push(`At <code>${cell(`${item.file}:${item.line}`)}</code>${seed}`, '');
  if (item.replay) lines.push('Replay locally:', '', fenced(`npx ${item.replay}`, 'sh'), '');
  lines.push('</details>');
  return lines.join('\n');
}

export function toMarkdown(report: JsonReport, severity: Severity = {}): string {
  const files = new Set(report.verdicts.map((v) => v.declaration.relativePath));
  const duration = `${(report.durationMs / 1000).toFixed(1)} s`;
  const out = [COMMENT_MARKER, `### Vouch: ${headline(report)}`, '', `${plural(report.verdicts.length, 'declaration')} in ${plural(files.size, 'file')} ${against(report)} · ${duration}`, ''];
  if (report.verdicts.length > 0) out.push(...table(report), '');
  for (const note of report.notes) out.push(`> ${cell(note)}`, '');
  for (const skipped of report.skipped) out.push(`- <code>${cell(skipped.file)}</code>: ${cell(skipped.message)}`);
  if (report.skipped.length > 0) out.push('');
  const items = reportedFindings(report.verdicts, severity, { base: report.base, baseMode: report.baseMode });
  let length = out.join('\n').length;
  items.forEach((item, index) => {
    const text = section(item);
    if (length + text.length > MAX_LENGTH) {
      if (!out.at(-1)?.startsWith('…')) out.push(`… ${plural(items.length - index, 'more finding')} not shown here: see the job's log or the SARIF results.`);
      return;
    }
    out.push(text, '');
    length += text.length + 1;
  });
  return `${out.join('\n').trimEnd()}\n`;
}
