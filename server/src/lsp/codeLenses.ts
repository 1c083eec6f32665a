// CodeLens: over every checked declaration, its state ("Verified: 214 inputs, 5 checks",
// "2 failing: show", "Behaviour changed on 3 of 200 inputs: review", "Unverified: needs network"),
// and "Generate tests" over every exported function.
import type { CodeLens, Range } from 'vscode-languageserver';
import { REVIEW_KINDS } from '../core/model';
import type { Verdict } from '../core/model';
import type { DocumentState } from './documentState';

/** Client commands the lenses run (registered by the extension). */
export const COMMANDS = {
  showReport: 'vouch.showReport',
  acceptChange: 'vouch.acceptChange',
  generateTests: 'vouch.generateTests',
  rerun: 'vouch.rerun',
} as const;

const FUNCTION_KINDS = new Set(['function', 'arrow-function', 'function-expression']);

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function lensTitle(verdict: Verdict, accepted: boolean): string {
  const failed = verdict.checks.filter((c) => c.status === 'failed');
  if (accepted && verdict.state === 'changed') return 'Behaviour change accepted';
  switch (verdict.state) {
    case 'verified': {
      const checks = verdict.checks.filter((c) => c.status === 'passed').length;
      return `Verified: ${plural(verdict.inputs, 'input')}, ${plural(checks, 'check')}`;
    }
    case 'failed':
      return `${failed.filter((c) => !REVIEW_KINDS.has(c.kind)).length} failing: show`;
    case 'changed': {
      const finding = failed.find((c) => c.kind === 'behavior-change')?.finding;
      const slower = failed.find((c) => c.kind === 'slowdown')?.finding;
      const share = finding?.failingInputs && finding.totalInputs ? ` on ${finding.failingInputs} of ${finding.totalInputs} inputs` : '';
      if (!finding && slower) return `Slower: ${slower.old ?? '?'} → ${slower.new ?? '?'} a call: review`;
      return `Behaviour changed${share}${slower ? ', and slower' : ''}: review`;
    }
    case 'unverifiable':
      return `Unverified: ${verdict.reason ?? 'no check could run'}`;
    default:
      return verdict.state;
  }
}

export interface LensContext {
  state: DocumentState;
  isAccepted(name: string): boolean;
  isAiEdited(name: string): boolean;
  /** Why verification is off, shown over AI-edited declarations (untrusted workspace, a file
   *  vouch.config.json excludes). */
  disabledReason?: string;
}

export function codeLensesFor(context: LensContext): CodeLens[] {
  const { state } = context;
  const lenses: CodeLens[] = [];
  const verdicts = new Map(state.fresh().map((e) => [e.verdict.declaration.qualifiedName, e.verdict]));
  for (const entry of state.outline) {
    const name = entry.qualifiedName;
    const range: Range = { start: { line: entry.span.startLine - 1, character: 0 }, end: { line: entry.span.startLine - 1, character: 0 } };
    const verdict = verdicts.get(name);
    const args = [state.uri, name];
    if (context.disabledReason && context.isAiEdited(name)) {
      lenses.push({ range, command: { title: `Vouch: ${context.disabledReason}`, command: COMMANDS.showReport, arguments: args } });
    } else if (state.pending.has(name)) {
      lenses.push({ range, command: { title: 'Vouch: verifying…', command: COMMANDS.showReport, arguments: args } });
    } else if (verdict) {
      const accepted = context.isAccepted(name);
      lenses.push({ range, command: { title: lensTitle(verdict, accepted), command: COMMANDS.showReport, arguments: args } });
      if (verdict.state === 'changed' && !accepted) lenses.push({ range, command: { title: 'Accept change', command: COMMANDS.acceptChange, arguments: args } });
    }
    if (entry.exported && FUNCTION_KINDS.has(entry.kind)) {
      lenses.push({ range, command: { title: 'Generate tests', command: COMMANDS.generateTests, arguments: args } });
    }
  }
  return lenses;
}
