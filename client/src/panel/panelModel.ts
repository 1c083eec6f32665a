// The verification panel's view model: what the panel shows for one file, as plain data built from
// a snapshot of the verdict store. No `vscode` import: the model and its HTML are unit-tested.
import type { DeclarationStatus, FileVerdicts, VerdictState } from '../../../shared/src/protocol';
import type { CheckResult, CheckStatus, Verdict } from '../../../server/src/core/model';
import { checkKindLabel, describeFinding, formatDuration, plural, type FindingView } from './findingView';
import type { PanelCommandId } from './panelCommandIds';

export type { FindingView, FindingComparison } from './findingView';

/** Why the panel shows no declarations. */
export type EmptyReason = 'no-file' | 'nothing-verified' | 'untrusted' | 'disabled';

export interface ActionView {
  command: PanelCommandId;
  /** Visible text (or the tooltip of an icon-only button). */
  label: string;
  /** The accessible name: the label and what it acts on ("Rerun Cart.total"). */
  ariaLabel: string;
  /** Codicon name, without the `codicon-` prefix. */
  icon: string;
  /** Absent for file-level actions. */
  qualifiedName?: string;
}

export interface CheckView {
  kind: string;
  label: string;
  status: CheckStatus;
  statusLabel: string;
  icon: string;
  inputs: number;
  /** "200 inputs · 41 ms", "skipped: no baseline". */
  detail: string;
}

export interface DeclarationView {
  qualifiedName: string;
  /** A DOM-safe id, stable while the declaration keeps its name. */
  id: string;
  state: VerdictState;
  stateLabel: string;
  icon: string;
  aiEdited: boolean;
  /** 1-based line of the declaration. */
  line: number;
  /** One line under the name: "214 inputs, 5 checks · 1.2 s". */
  summary: string;
  /** Why the declaration is checked ("changed", "new", "affected by a change"). */
  change?: string;
  checks: CheckView[];
  findings: FindingView[];
  notes: string[];
  actions: ActionView[];
}

export type PanelModel =
  | { kind: 'empty'; reason: EmptyReason; title: string; detail: string; uri?: string; fileName?: string; actions: ActionView[] }
  | { kind: 'file'; uri: string; fileName: string; relativePath: string; summary: string; declarations: DeclarationView[]; actions: ActionView[] };

/** What the panel is built from: the shown document and a snapshot of the store. */
export interface PanelInput {
  /** The TypeScript document shown, or undefined when none is. */
  document?: { uri: string; relativePath: string };
  verdicts?: FileVerdicts;
  trusted: boolean;
  enabled: boolean;
}

const STATES: Record<VerdictState, { label: string; icon: string }> = {
  pending: { label: 'Verifying…', icon: 'loading' },
  verified: { label: 'Verified', icon: 'pass' },
  failed: { label: 'Failed', icon: 'error' },
  changed: { label: 'Behaviour changed', icon: 'diff' },
  unverifiable: { label: 'Unverifiable', icon: 'question' },
  accepted: { label: 'Accepted', icon: 'check' },
};

const CHECK_STATUSES: Record<CheckStatus, { label: string; icon: string }> = {
  passed: { label: 'passed', icon: 'pass' },
  failed: { label: 'failed', icon: 'error' },
  skipped: { label: 'skipped', icon: 'circle-slash' },
  unverifiable: { label: 'unverifiable', icon: 'question' },
};

/** The order a summary names states in: what needs attention first. */
const SUMMARY_ORDER: VerdictState[] = ['failed', 'changed', 'unverifiable', 'pending', 'verified', 'accepted'];

export function stateLabel(state: VerdictState): string {
  return STATES[state].label;
}

export function buildPanelModel(input: PanelInput): PanelModel {
  const document = input.document;
  if (!document) {
    return { kind: 'empty', reason: 'no-file', title: 'No TypeScript file is active', detail: 'Open a TypeScript file to see what Vouch verified in it.', actions: [] };
  }
  const fileName = baseName(document.relativePath);
  const where = { uri: document.uri, fileName };
  if (!input.trusted) {
    return { kind: 'empty', reason: 'untrusted', title: 'Verification is off: this workspace is not trusted', detail: 'Vouch runs no code in Restricted Mode. Trust the workspace to verify edits.', ...where, actions: [] };
  }
  if (!input.enabled) {
    return { kind: 'empty', reason: 'disabled', title: 'Verification is off in this folder', detail: 'The setting vouch.enable is off.', ...where, actions: [] };
  }
  const declarations = [...(input.verdicts?.declarations ?? [])].sort((a, b) => a.range.start.line - b.range.start.line || a.qualifiedName.localeCompare(b.qualifiedName));
  if (declarations.length === 0) {
    return {
      kind: 'empty',
      reason: 'nothing-verified',
      title: 'Nothing verified in this file yet',
      detail: 'Vouch verifies AI edits as they land — or mark a selection as an AI edit.',
      ...where,
      actions: [fileAction('vouch.generateTests', fileName)],
    };
  }
  const ids = new Set<string>();
  return {
    kind: 'file',
    uri: document.uri,
    fileName,
    relativePath: document.relativePath,
    summary: fileSummary(declarations),
    declarations: declarations.map((d) => declarationView(d, ids)),
    actions: [fileAction('vouch.rerun', fileName), fileAction('vouch.generateTests', fileName), fileAction('vouch.showReport', fileName)],
  };
}

function fileSummary(declarations: DeclarationStatus[]): string {
  const counts = new Map<VerdictState, number>();
  for (const d of declarations) counts.set(d.state, (counts.get(d.state) ?? 0) + 1);
  const parts = SUMMARY_ORDER.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s === 'pending' ? 'verifying' : s}`);
  return `${plural(declarations.length, 'declaration')}: ${parts.join(', ')}`;
}

function declarationView(status: DeclarationStatus, ids: Set<string>): DeclarationView {
  const verdict = status.verdict;
  const { label, icon } = STATES[status.state];
  const checks = verdict?.checks ?? [];
  return {
    qualifiedName: status.qualifiedName,
    id: uniqueId(`decl-${status.qualifiedName}`, ids),
    state: status.state,
    stateLabel: label,
    icon,
    aiEdited: status.aiEdited,
    line: status.range.start.line + 1,
    summary: declarationSummary(status.state, verdict),
    change: verdict ? { changed: 'changed', new: 'new', affected: 'affected by a change' }[verdict.change] : undefined,
    checks: checks.map(checkView),
    findings: checks.filter((c) => c.finding).map((c) => describeFinding(c.finding!, c)),
    notes: verdict?.notes ?? [],
    actions: declarationActions(status),
  };
}

function declarationSummary(state: VerdictState, verdict: Verdict | undefined): string {
  if (state === 'pending') return 'Running checks…';
  if (!verdict) return stateLabel(state);
  const ran = verdict.checks.filter((c) => c.status !== 'skipped').length;
  const failing = verdict.checks.filter((c) => c.status === 'failed').length;
  const time = `${formatDuration(verdict.durationMs)}${verdict.cached ? ' (cached)' : ''}`;
  const inputs = plural(verdict.inputs, 'input');
  switch (state) {
    case 'failed':
      return `${failing} of ${plural(ran, 'check')} failing · ${inputs} · ${time}`;
    case 'changed': {
      const change = verdict.checks.find((c) => c.kind === 'behavior-change' && c.status === 'failed')?.finding;
      const slower = verdict.checks.find((c) => c.kind === 'slowdown' && c.status === 'failed')?.finding;
      if (!change && slower) return `Slower: ${slower.old ?? '?'} → ${slower.new ?? '?'} a call · ${time}`;
      const on = change?.failingInputs !== undefined ? `on ${plural(change.failingInputs, 'input')}` : `on ${inputs}`;
      return `Behaviour differs ${on} · ${time}`;
    }
    case 'unverifiable':
      return `${verdict.reason ?? 'could not run'} · ${time}`;
    default:
      return `${inputs}, ${plural(ran, 'check')} · ${time}`;
  }
}

function checkView(check: CheckResult): CheckView {
  const status = CHECK_STATUSES[check.status];
  const detail = check.reason
    ? check.reason
    : [check.inputs > 0 ? plural(check.inputs, 'input') : undefined, formatDuration(check.durationMs)].filter(Boolean).join(' · ');
  return { kind: check.kind, label: checkKindLabel(check.kind), status: check.status, statusLabel: status.label, icon: status.icon, inputs: check.inputs, detail };
}

/** Each action's visible label and icon, and the words that name its target for screen readers. */
const ACTIONS: Record<PanelCommandId, { label: string; icon: string; declaration: string; file: string }> = {
  'vouch.rerun': { label: 'Rerun', icon: 'refresh', declaration: 'Rerun', file: 'Rerun all checks in' },
  'vouch.acceptChange': { label: 'Accept change', icon: 'check', declaration: 'Accept change of', file: 'Accept change of' },
  'vouch.generateTests': { label: 'Generate tests', icon: 'beaker', declaration: 'Generate tests for', file: 'Generate tests for' },
  'vouch.showReport': { label: 'Show report', icon: 'output', declaration: 'Show report for', file: 'Show report for' },
};

function declarationActions(status: DeclarationStatus): ActionView[] {
  const commands: PanelCommandId[] = ['vouch.rerun'];
  if (status.state === 'changed') commands.push('vouch.acceptChange');
  if (status.verdict?.declaration.exported !== false) commands.push('vouch.generateTests');
  if (status.verdict) commands.push('vouch.showReport');
  return commands.map((command) => {
    const { label, icon, declaration } = ACTIONS[command];
    // The accessible name begins with the visible label (WCAG "label in name").
    return { command, label, ariaLabel: `${declaration} ${status.qualifiedName}`, icon, qualifiedName: status.qualifiedName };
  });
}

function fileAction(command: PanelCommandId, fileName: string): ActionView {
  const { label, icon, file } = ACTIONS[command];
  return { command, label, ariaLabel: `${file} ${fileName}`, icon };
}

function uniqueId(raw: string, taken: Set<string>): string {
  const base = raw.replace(/[^A-Za-z0-9_-]/g, '-');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || path;
}
