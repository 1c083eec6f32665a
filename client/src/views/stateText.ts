// How a state, a count or a check reads in the views: one set of words for the tree, the status
// bar, decorations and the Test Explorer, so they always say the same thing. No `vscode` here.
import { REVIEW_KINDS } from '../../../server/src/core/model';
import type { CheckResult, Finding } from '../../../server/src/core/model';
import type { DeclarationStatus, VerdictCounts, VerdictState } from '../../../shared/src/protocol';

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The words of each state in counts ("1 failing", "2 unverified"). */
const COUNT_WORDS: Record<VerdictState, string> = {
  verified: 'verified',
  failed: 'failing',
  changed: 'changed',
  unverifiable: 'unverified',
  pending: 'pending',
  accepted: 'accepted',
};

/** The order states are listed in: the summary's, then accepted. */
const SUMMARY_ORDER: VerdictState[] = ['verified', 'failed', 'changed', 'unverifiable', 'pending'];
/** The order of short counts: what needs attention first. */
const ATTENTION_ORDER: VerdictState[] = ['failed', 'changed', 'unverifiable', 'pending', 'verified', 'accepted'];

export function countText(counts: VerdictCounts, state: VerdictState): string {
  return `${counts[state]} ${COUNT_WORDS[state]}`;
}

/** The workspace summary: "3 verified · 1 failing · 1 changed · 0 unverified · 1 pending" (accepted when any). */
export function summaryText(counts: VerdictCounts): string {
  const states = counts.accepted > 0 ? [...SUMMARY_ORDER, 'accepted' as const] : SUMMARY_ORDER;
  return states.map((state) => countText(counts, state)).join(' · ');
}

/** Only the non-zero counts, most urgent first: "1 failing · 2 verified". */
export function shortCountsText(counts: VerdictCounts): string {
  return ATTENTION_ORDER.filter((state) => counts[state] > 0)
    .map((state) => countText(counts, state))
    .join(' · ');
}

/** The state most in need of attention among some counts, or undefined when all are zero. */
export function worstState(counts: VerdictCounts): VerdictState | undefined {
  return ATTENTION_ORDER.find((state) => counts[state] > 0);
}

const CHECK_LABELS: Record<string, string> = {
  'behavior-change': 'behaviour change',
  slowdown: 'slowdown',
  'related-test': 'related test',
};

/** A check kind as people read it: "crash", "behaviour change", "related test". */
export function checkLabel(kind: string): string {
  return CHECK_LABELS[kind] ?? kind;
}

/** The failing checks of a declaration that are failures, not behaviour changes. */
function failedKinds(declaration: DeclarationStatus): string[] {
  const checks = declaration.verdict?.checks ?? [];
  return [...new Set(checks.filter((c) => c.status === 'failed' && !REVIEW_KINDS.has(c.kind)).map((c) => checkLabel(c.kind)))];
}

/** "changed on 3 of 200 inputs", from the behaviour-change finding when it gives the share. */
function changedText(declaration: DeclarationStatus): string {
  const finding = declaration.verdict?.checks.find((c) => c.kind === 'behavior-change' && c.status === 'failed')?.finding;
  if (finding?.failingInputs && finding.totalInputs) return `changed on ${finding.failingInputs} of ${plural(finding.totalInputs, 'input')}`;
  const slower = declaration.verdict?.checks.find((c) => c.kind === 'slowdown' && c.status === 'failed')?.finding;
  if (!finding && slower) return `slower: ${slower.old ?? '?'} → ${slower.new ?? '?'} a call`;
  return 'behaviour changed';
}

/** A declaration's state in a few words: "verified, 214 inputs", "failed: crash", "verifying…". */
export function declarationStateText(declaration: DeclarationStatus): string {
  const verdict = declaration.verdict;
  switch (declaration.state) {
    case 'pending':
      return 'verifying…';
    case 'verified':
      return verdict ? `verified, ${plural(verdict.inputs, 'input')}` : 'verified';
    case 'failed': {
      const kinds = failedKinds(declaration);
      return kinds.length > 0 ? `failed: ${kinds.join(', ')}` : 'failed';
    }
    case 'changed':
      return changedText(declaration);
    case 'unverifiable':
      return `unverifiable: ${verdict?.reason ?? 'no check could run'}`;
    case 'accepted':
      return 'behaviour change accepted';
  }
}

/** Shortens one-line text for a description; tooltips carry the whole. */
export function clip(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/** A check's status in a few words: "passed, 200 inputs", "failed on total([])", "skipped: no baseline". */
export function checkStateText(check: CheckResult): string {
  switch (check.status) {
    case 'passed':
      return check.inputs > 0 ? `passed, ${plural(check.inputs, 'input')}` : 'passed';
    case 'failed': {
      const finding = check.finding;
      if (finding?.input) return `${check.kind === 'behavior-change' ? 'changed' : check.kind === 'slowdown' ? 'slower' : 'failed'} on ${clip(finding.input)}`;
      return finding ? `failed: ${clip(finding.message)}` : 'failed';
    }
    case 'skipped':
      return check.reason ? `skipped: ${check.reason}` : 'skipped';
    case 'unverifiable':
      return `unverifiable: ${check.reason ?? 'could not run'}`;
  }
}

/** A fenced code block that survives backticks in the value. */
function codeBlock(value: string): string {
  const longest = Math.max(2, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}ts\n${value}\n${fence}`;
}

/** Text shown as Markdown without being read as Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()<>#+!|~-])/g, '\\$1');
}

/** What a finding says, as Markdown lines: message, input, expected/actual or old/new, where. */
export function findingMarkdown(finding: Finding): string[] {
  const lines = [escapeMarkdown(finding.message)];
  if (finding.input !== undefined) lines.push('', '**Input**', codeBlock(finding.input));
  if (finding.expected !== undefined || finding.actual !== undefined) {
    lines.push('', '**Expected**', codeBlock(finding.expected ?? '(nothing)'), '**Actual**', codeBlock(finding.actual ?? '(nothing)'));
  }
  if (finding.old !== undefined || finding.new !== undefined) {
    lines.push('', '**Old version**', codeBlock(finding.old ?? '(nothing)'), '**New version**', codeBlock(finding.new ?? '(nothing)'));
  }
  if (finding.error) lines.push('', `Threw ${escapeMarkdown(`${finding.error.name}: ${clip(finding.error.message, 200)}`)}`);
  if (finding.failingInputs && finding.totalInputs) lines.push('', `On ${finding.failingInputs} of ${plural(finding.totalInputs, 'input')}.`);
  if (finding.location) lines.push('', `At line ${finding.location.line}, column ${finding.location.column}.`);
  if (finding.seed !== undefined) lines.push('', `Seed ${finding.seed}${finding.path ? `, path ${finding.path}` : ''}.`);
  return lines;
}

/** The tooltip of a check: its kind and status, then the finding. */
export function checkTooltipMarkdown(check: CheckResult): string {
  const lines = [`**${checkLabel(check.kind)}** (\`${check.kind}\`): ${escapeMarkdown(checkStateText(check))}`];
  if (check.finding) lines.push('', ...findingMarkdown(check.finding));
  if (check.durationMs > 0) lines.push('', `${Math.round(check.durationMs)} ms`);
  return lines.join('\n');
}
