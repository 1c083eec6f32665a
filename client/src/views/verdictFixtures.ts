// Verdicts and declaration states for the views' tests: small builders with realistic defaults.
// Only tests import this file.
import type { CheckResult, Finding, Verdict } from '../../../server/src/core/model';
import type { DeclarationStatus, FileVerdicts, StatusParams, VerdictCounts } from '../../../shared/src/protocol';

export const FILE = 'file:///work/shop/src/cart.ts';

export function counts(partial: Partial<VerdictCounts> = {}): VerdictCounts {
  return { pending: 0, verified: 0, failed: 0, changed: 0, unverifiable: 0, accepted: 0, ...partial };
}

export function status(partial: Partial<StatusParams> = {}): StatusParams {
  return { running: 0, queued: 0, trusted: true, enabled: true, ...partial };
}

export function check(partial: Partial<CheckResult> & Pick<CheckResult, 'kind'>): CheckResult {
  return { status: 'passed', inputs: 200, durationMs: 12, ...partial };
}

export function finding(partial: Partial<Finding> = {}): Finding {
  return { kind: 'crash', message: 'total throws TypeError on an empty cart', input: 'total([])', ...partial };
}

export function verdict(name: string, partial: Partial<Verdict> = {}): Verdict {
  return {
    declaration: {
      file: '/work/shop/src/cart.ts',
      relativePath: 'src/cart.ts',
      qualifiedName: name,
      kind: 'function',
      span: { startLine: 1, startColumn: 1, endLine: 5, endColumn: 2 },
      exported: true,
    },
    change: 'changed',
    state: 'verified',
    checks: [check({ kind: 'crash' }), check({ kind: 'behavior-change' })],
    inputs: 214,
    notes: [],
    baseline: { kind: 'git', ref: 'HEAD', commit: 'abc123' },
    seed: 42,
    durationMs: 340,
    contentHash: `hash-${name}`,
    ...partial,
  };
}

/** A declaration on lines `start..end` (0-based) with a verdict of its state (none while pending). */
export function declaration(name: string, start: number, end: number, partial: Partial<DeclarationStatus> = {}, verdictPart: Partial<Verdict> = {}): DeclarationStatus {
  const state = partial.state ?? 'verified';
  return {
    qualifiedName: name,
    range: { start: { line: start, character: 0 }, end: { line: end, character: 1 } },
    state,
    verdict: state === 'pending' ? undefined : verdict(name, { state, ...verdictPart }),
    aiEdited: true,
    ...partial,
  };
}

export function file(declarations: DeclarationStatus[], partial: Partial<FileVerdicts> = {}): FileVerdicts {
  return { uri: FILE, version: 1, declarations, aiRanges: [], ...partial };
}

export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}
