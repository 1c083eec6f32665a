// How Vouch's verdicts read as Test Explorer results: each check passed, failed (with a message,
// expected/actual or old/new, and where) or skipped; a declaration without checks on its own.
// No `vscode` here; testController.ts turns outcomes into TestRun calls.
import type { CheckResult } from '../../../server/src/core/model';
import type { DeclarationStatus } from '../../../shared/src/protocol';
import { checkReveal } from './resultsTreeModel';
import type { RevealTarget } from './resultsTreeModel';
import { checkLabel, checkStateText, declarationStateText } from './stateText';

export interface OutcomeMessage {
  text: string;
  /** Shown as a diff: expected/actual, or the old and the new version's answers. */
  expected?: string;
  actual?: string;
  location?: RevealTarget;
}

export interface Outcome {
  status: 'passed' | 'failed' | 'skipped';
  durationMs?: number;
  messages: OutcomeMessage[];
  /** A line for the run's output ("Cart.total › crash: failed on total([])"). */
  output: string;
}

/** The message of a failed check: the finding's sentence, the input, the values to compare. */
export function findingMessage(uri: string, declaration: DeclarationStatus, check: CheckResult): OutcomeMessage {
  const finding = check.finding;
  if (!finding) return { text: `${checkLabel(check.kind)} failed`, location: checkReveal(uri, declaration, check) };
  const lines = [finding.message];
  if (finding.input !== undefined) lines.push(`Input: ${finding.input}`);
  if (finding.error) lines.push(`Threw ${finding.error.name}: ${finding.error.message}`);
  if (finding.failingInputs && finding.totalInputs) lines.push(`On ${finding.failingInputs} of ${finding.totalInputs} inputs.`);
  if (finding.seed !== undefined) lines.push(`Seed ${finding.seed}${finding.path ? `, path ${finding.path}` : ''}.`);
  const message: OutcomeMessage = { text: lines.join('\n'), location: checkReveal(uri, declaration, check) };
  if (finding.expected !== undefined || finding.actual !== undefined) {
    message.expected = finding.expected ?? '';
    message.actual = finding.actual ?? '';
  } else if (finding.old !== undefined || finding.new !== undefined) {
    message.expected = finding.old ?? '';
    message.actual = finding.new ?? '';
  }
  return message;
}

export function checkOutcome(uri: string, declaration: DeclarationStatus, check: CheckResult): Outcome {
  const output = `${declaration.qualifiedName} › ${checkLabel(check.kind)}: ${checkStateText(check)}`;
  switch (check.status) {
    case 'passed':
      return { status: 'passed', durationMs: check.durationMs, messages: [], output };
    case 'failed':
      return { status: 'failed', durationMs: check.durationMs, messages: [findingMessage(uri, declaration, check)], output };
    default:
      return { status: 'skipped', messages: [], output };
  }
}

/**
 * The outcome of a declaration itself, when it has no checks to carry it (unverifiable before any
 * check ran, or a verdict without checks); undefined while pending or when its checks speak for it.
 */
export function declarationOutcome(declaration: DeclarationStatus): Outcome | undefined {
  if (declaration.state === 'pending') return undefined;
  if ((declaration.verdict?.checks.length ?? 0) > 0) return undefined;
  const output = `${declaration.qualifiedName}: ${declarationStateText(declaration)}`;
  const durationMs = declaration.verdict?.durationMs;
  if (declaration.state === 'verified' || declaration.state === 'accepted') return { status: 'passed', durationMs, messages: [], output };
  if (declaration.state === 'unverifiable') return { status: 'skipped', messages: [], output };
  return { status: 'failed', durationMs, messages: [{ text: declarationStateText(declaration) }], output };
}

/**
 * What makes two verdicts the same result: a new run (a rerun, an edit, an accept) gives a new
 * signature, a republished verdict the same one, so each verdict is reported once.
 */
export function verdictSignature(declaration: DeclarationStatus): string {
  const verdict = declaration.verdict;
  if (!verdict) return declaration.state;
  return [declaration.state, verdict.contentHash, verdict.durationMs, verdict.checks.map((c) => c.status).join(',')].join('|');
}

