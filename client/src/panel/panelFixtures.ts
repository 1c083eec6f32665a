// Store snapshots for the panel's tests: one declaration in each state, with the findings a real
// verdict carries. Used only by tests.
import type { DeclarationStatus, FileVerdicts, VerdictState } from '../../../shared/src/protocol';
import type { CheckResult, Finding, Verdict } from '../../../server/src/core/model';

export const FILE_URI = 'file:///work/app/src/cart.ts';
export const RELATIVE_PATH = 'src/cart.ts';

export function check(kind: CheckResult['kind'], status: CheckResult['status'], extra: Partial<CheckResult> = {}): CheckResult {
  return { kind, status, inputs: status === 'skipped' ? 0 : 200, durationMs: 40, ...extra };
}

export function finding(kind: Finding['kind'], extra: Partial<Finding>): Finding {
  return { kind, message: `${kind} found`, seed: 1234, failingInputs: 3, totalInputs: 200, ...extra };
}

export function verdict(qualifiedName: string, state: VerdictState, checks: CheckResult[], extra: Partial<Verdict> = {}): Verdict {
  return {
    declaration: {
      file: '/work/app/src/cart.ts',
      relativePath: RELATIVE_PATH,
      qualifiedName,
      kind: 'function',
      span: { startLine: 1, startColumn: 1, endLine: 3, endColumn: 2 },
      exported: true,
    },
    change: 'changed',
    state,
    checks,
    inputs: 200,
    notes: [],
    baseline: { kind: 'git', ref: 'HEAD', commit: 'abc123' },
    seed: 1234,
    durationMs: 1234,
    contentHash: `hash-${qualifiedName}`,
    ...extra,
  };
}

export function status(qualifiedName: string, line: number, state: VerdictState, v?: Verdict, aiEdited = true): DeclarationStatus {
  return {
    qualifiedName,
    range: { start: { line, character: 0 }, end: { line: line + 2, character: 1 } },
    state,
    verdict: v,
    aiEdited,
  };
}

export const failedTotal = status(
  'total',
  9,
  'failed',
  verdict('total', 'failed', [
    check('crash', 'failed', {
      durationMs: 85,
      finding: finding('crash', {
        message: 'total throws a TypeError on an input its types allow',
        input: 'total([{ price: -0, qty: 1 }], "<script>alert(1)</script>")',
        error: { name: 'TypeError', message: "Cannot read properties of undefined (reading '<b>qty</b>')" },
        location: { file: '/work/app/src/cart.ts', line: 12, column: 5 },
      }),
    }),
    check('contract', 'passed'),
    check('behavior-change', 'passed'),
    check('doctest', 'skipped', { reason: 'no @example' }),
  ]),
);

export const changedDiscount = status(
  'Cart.discount',
  20,
  'changed',
  verdict('Cart.discount', 'changed', [
    check('crash', 'passed'),
    check('behavior-change', 'failed', {
      finding: finding('behavior-change', { message: 'old and new differ', input: 'cart.discount(0.5)', old: '50', new: '49.99', failingInputs: 7 }),
    }),
  ]),
);

export const verifiedSize = status('Cart.size', 30, 'verified', verdict('Cart.size', 'verified', [check('crash', 'passed'), check('contract', 'passed')], { cached: true }));

export const unverifiableFetch = status(
  'fetchPrices',
  40,
  'unverifiable',
  verdict('fetchPrices', 'unverifiable', [check('crash', 'unverifiable', { reason: 'needs network', inputs: 0 })], { reason: 'needs network', notes: ['no baseline: the file is untracked'] }),
);

export const acceptedTax = status('tax', 50, 'accepted', verdict('tax', 'accepted', [check('behavior-change', 'passed')]), false);

export const pendingRound = status('round', 2, 'pending');

export function fileVerdicts(declarations: DeclarationStatus[]): FileVerdicts {
  return { uri: FILE_URI, version: 3, declarations, aiRanges: [] };
}
