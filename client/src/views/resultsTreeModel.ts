// The results tree as plain data: a workspace summary, then files, their declarations and the
// declarations' checks, each with its label, description, tooltip, icon and menu context. The
// tree view (resultsView.ts) only turns these nodes into TreeItems. No `vscode` here.
import { URI } from 'vscode-uri';
import { REVIEW_KINDS } from '../../../server/src/core/model';
import type { CheckResult, CheckStatus } from '../../../server/src/core/model';
import type { DeclarationStatus, FileVerdicts, VerdictCounts, VerdictState } from '../../../shared/src/protocol';
import type { Range } from 'vscode-languageserver-protocol';
import {
  checkLabel, checkStateText, checkTooltipMarkdown, declarationStateText, escapeMarkdown, plural, shortCountsText, summaryText, worstState,
} from './stateText';

/** A codicon and the theme colour it is drawn in. */
export interface IconSpec {
  id: string;
  color?: string;
}

/** Where clicking a node goes: a document and the range to select (0-based). */
export interface RevealTarget {
  uri: string;
  range: Range;
}

interface NodeBase {
  id: string;
  label: string;
  description?: string;
  /** Markdown. */
  tooltip: string;
  ariaLabel: string;
  icon: IconSpec;
  /** Space-separated tokens for `viewItem` when clauses: `declaration changed exported`. */
  contextValue: string;
  collapsible: 'none' | 'collapsed' | 'expanded';
  reveal?: RevealTarget;
}

export interface SummaryNode extends NodeBase { kind: 'summary'; uris: string[]; counts: VerdictCounts }
export interface FileNode extends NodeBase { kind: 'file'; uri: string; children: DeclarationNode[] }
export interface DeclarationNode extends NodeBase {
  kind: 'declaration';
  uri: string;
  qualifiedName: string;
  /** The whole declaration (0-based), as the store has it. */
  range: Range;
  state: VerdictState;
  exported: boolean;
  children: CheckNode[];
}
export interface CheckNode extends NodeBase { kind: 'check'; uri: string; qualifiedName: string; check: CheckResult }
export type ResultsNode = SummaryNode | FileNode | DeclarationNode | CheckNode;

export interface TreeOptions {
  /** The path shown for a document: relative to its workspace folder. */
  relativePath(uri: string): string;
  trusted: boolean;
}

const STATE_ICONS: Record<VerdictState, IconSpec> = {
  verified: { id: 'pass', color: 'testing.iconPassed' },
  accepted: { id: 'check-all', color: 'testing.iconPassed' },
  failed: { id: 'error', color: 'testing.iconFailed' },
  changed: { id: 'warning', color: 'list.warningForeground' },
  unverifiable: { id: 'circle-slash', color: 'disabledForeground' },
  pending: { id: 'loading~spin' },
};

const CHECK_ICONS: Record<CheckStatus, IconSpec> = {
  passed: { id: 'pass', color: 'testing.iconPassed' },
  failed: { id: 'error', color: 'testing.iconFailed' },
  skipped: { id: 'circle-slash', color: 'testing.iconSkipped' },
  unverifiable: { id: 'circle-slash', color: 'disabledForeground' },
};

export function stateIcon(state: VerdictState | undefined): IconSpec {
  return state ? STATE_ICONS[state] : { id: 'shield' };
}

export function checkIcon(check: CheckResult): IconSpec {
  if (check.status === 'failed' && REVIEW_KINDS.has(check.kind)) return STATE_ICONS.changed;
  return CHECK_ICONS[check.status];
}

/** Generate tests is offered for exported functions, as the CodeLens does. */
const FUNCTION_KINDS = new Set(['function', 'arrow-function', 'function-expression']);

export function isExportedFunction(declaration: DeclarationStatus): boolean {
  const ref = declaration.verdict?.declaration;
  return Boolean(ref?.exported && FUNCTION_KINDS.has(ref.kind));
}

function countsOf(declarations: readonly DeclarationStatus[]): VerdictCounts {
  const counts: VerdictCounts = { pending: 0, verified: 0, failed: 0, changed: 0, unverifiable: 0, accepted: 0 };
  for (const d of declarations) counts[d.state]++;
  return counts;
}

function startOf(range: Range): Range {
  return { start: range.start, end: range.start };
}

/** Where a check points: the crash location when it has one, else the declaration. */
export function checkReveal(uri: string, declaration: DeclarationStatus, check: CheckResult): RevealTarget {
  const location = check.finding?.location;
  if (!location) return { uri, range: startOf(declaration.range) };
  const position = { line: Math.max(0, location.line - 1), character: Math.max(0, location.column - 1) };
  return { uri: URI.file(location.file).toString(), range: { start: position, end: position } };
}

function checkNode(uri: string, declaration: DeclarationStatus, check: CheckResult, id: string): CheckNode {
  const label = checkLabel(check.kind);
  const description = checkStateText(check);
  return {
    kind: 'check', id, uri, qualifiedName: declaration.qualifiedName, check, label, description,
    tooltip: checkTooltipMarkdown(check),
    ariaLabel: `${label} check of ${declaration.qualifiedName}: ${description}`,
    icon: checkIcon(check),
    contextValue: `check ${check.status}`,
    collapsible: 'none',
    reveal: checkReveal(uri, declaration, check),
  };
}

function declarationTooltip(declaration: DeclarationStatus, stateText: string): string {
  const verdict = declaration.verdict;
  const lines = [`**${escapeMarkdown(declaration.qualifiedName)}**: ${escapeMarkdown(stateText)}`];
  const facts = [declaration.aiEdited ? 'AI edit' : undefined, verdict ? `${verdict.change} declaration` : undefined];
  if (verdict) facts.push(`${plural(verdict.checks.length, 'check')}, ${plural(verdict.inputs, 'input')}, ${Math.round(verdict.durationMs)} ms${verdict.cached ? ' (cached)' : ''}`);
  lines.push('', facts.filter(Boolean).join(' · '));
  for (const note of verdict?.notes ?? []) lines.push('', `- ${escapeMarkdown(note)}`);
  return lines.join('\n');
}

function declarationNode(uri: string, declaration: DeclarationStatus): DeclarationNode {
  const id = `decl:${uri}#${declaration.qualifiedName}`;
  const seen = new Map<string, number>();
  const children = (declaration.verdict?.checks ?? []).map((check) => {
    const n = seen.get(check.kind) ?? 0;
    seen.set(check.kind, n + 1);
    return checkNode(uri, declaration, check, `check:${uri}#${declaration.qualifiedName}#${check.kind}${n ? `#${n}` : ''}`);
  });
  const exported = isExportedFunction(declaration);
  const stateText = declarationStateText(declaration);
  const open = declaration.state === 'failed' || declaration.state === 'changed';
  return {
    kind: 'declaration', id, uri, qualifiedName: declaration.qualifiedName, range: declaration.range, state: declaration.state, exported, children,
    label: declaration.qualifiedName,
    description: stateText,
    tooltip: declarationTooltip(declaration, stateText),
    ariaLabel: `${declaration.qualifiedName}: ${stateText}${declaration.aiEdited ? ', AI edit' : ''}`,
    icon: stateIcon(declaration.state),
    contextValue: `declaration ${declaration.state}${exported ? ' exported' : ''}`,
    collapsible: children.length === 0 ? 'none' : open ? 'expanded' : 'collapsed',
    reveal: { uri, range: startOf(declaration.range) },
  };
}

function fileNode(file: FileVerdicts, options: TreeOptions): FileNode {
  const path = options.relativePath(file.uri);
  const counts = countsOf(file.declarations);
  const description = shortCountsText(counts);
  const declarations = [...file.declarations].sort((a, b) => a.range.start.line - b.range.start.line || a.qualifiedName.localeCompare(b.qualifiedName));
  return {
    kind: 'file', id: `file:${file.uri}`, uri: file.uri,
    label: path, description,
    tooltip: `**${escapeMarkdown(path)}**\n\n${description}`,
    ariaLabel: `${path}: ${description.replace(/ · /g, ', ')}`,
    icon: stateIcon(worstState(counts)),
    contextValue: 'file',
    collapsible: 'expanded',
    children: declarations.map((d) => declarationNode(file.uri, d)),
  };
}

/** The tree's top level: the summary, then the files that have checked declarations; nothing when untrusted or empty. */
export function buildResultsTree(files: readonly FileVerdicts[], options: TreeOptions): ResultsNode[] {
  if (!options.trusted) return [];
  const shown = files.filter((f) => f.declarations.length > 0);
  if (shown.length === 0) return [];
  const counts = countsOf(shown.flatMap((f) => f.declarations));
  const label = summaryText(counts);
  const summary: SummaryNode = {
    kind: 'summary', id: 'summary', uris: shown.map((f) => f.uri), counts,
    label,
    tooltip: `**Vouch** · ${plural(shown.length, 'file')}\n\n${label}`,
    ariaLabel: `Vouch summary: ${label.replace(/ · /g, ', ')}`,
    icon: stateIcon(worstState(counts)),
    contextValue: 'summary',
    collapsible: 'none',
  };
  return [summary, ...shown.map((f) => fileNode(f, options))];
}

export function childrenOf(node: ResultsNode): ResultsNode[] {
  return node.kind === 'file' || node.kind === 'declaration' ? node.children : [];
}

