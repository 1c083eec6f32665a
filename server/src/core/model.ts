// The engine's vocabulary: what a declaration is, which checks exist, what a verdict says.
// Every front end (CLI, language server, reports) speaks in these types; nothing here knows
// about LSP or VS Code.

/** Stable check kinds: used as diagnostic codes, JSON values and report headings. */
export const CHECK_KINDS = [
  'crash',
  'contract',
  'hang',
  'behavior-change',
  'doctest',
  'related-test',
  'slowdown',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** Findings that ask a person to review a change (it may be intended) rather than fix a bug: a
 *  declaration with only these is `changed`, not `failed`. */
export const REVIEW_KINDS: ReadonlySet<CheckKind> = new Set<CheckKind>(['behavior-change', 'slowdown']);

/** What a person should do about a declaration after verification. */
export type VerdictState = 'pending' | 'verified' | 'failed' | 'changed' | 'unverifiable' | 'accepted';

/** Why a declaration is checked at all. */
export type ChangeKind = 'changed' | 'new' | 'affected';

export type DeclarationKind =
  | 'function'
  | 'arrow-function'
  | 'function-expression'
  | 'method'
  | 'static-method'
  | 'getter'
  | 'constructor'
  /** A function member of a top-level object literal: `util.join`. */
  | 'object-method';

/** A 1-based line and column span in a file, as a person reads it. */
export interface SourceSpan {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** Where the old version of a file came from, or why there is none. */
export type BaselineSource =
  | { kind: 'git'; ref: string; commit: string }
  | { kind: 'buffer'; description: string }
  | { kind: 'none'; reason: 'untracked' | 'new-file' | 'not-a-git-repository' };

export interface DeclarationRef {
  /** Absolute path of the file that holds the declaration. */
  file: string;
  /** Path relative to the workspace root, with forward slashes. */
  relativePath: string;
  /** `total`, `Cart.total`, `Cart.create` (static), `Cart.size` (getter). */
  qualifiedName: string;
  kind: DeclarationKind;
  /** Span of the whole declaration in the new version. */
  span: SourceSpan;
  exported: boolean;
}

/** One observed failure of a check, with what a person needs to reproduce it. */
export interface Finding {
  kind: CheckKind;
  /** One sentence a person reads first. */
  message: string;
  /** The (shrunk) input, rendered as code: `total([{ price: -0, qty: 1 }], "member")`. */
  input?: string;
  expected?: string;
  actual?: string;
  /** Behaviour change: what the old and the new version answered. */
  old?: string;
  new?: string;
  /** The error thrown, when the finding is about one. */
  error?: { name: string; message: string };
  /** How many of the tried inputs showed the problem, out of how many. */
  failingInputs?: number;
  totalInputs?: number;
  seed?: number;
  /** fast-check replay path of the counterexample. */
  path?: string;
  /** Where in the user's file it went wrong (mapped from the stack trace). */
  location?: SourceLocation;
  /** The generated or related test that showed it. */
  test?: { file: string; name: string };
}

export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'unverifiable';

export interface CheckResult {
  kind: CheckKind;
  status: CheckStatus;
  /** Inputs tried (0 for checks that take none). */
  inputs: number;
  /** Why the check was skipped or could not run. */
  reason?: string;
  finding?: Finding;
  durationMs: number;
}

export interface Verdict {
  declaration: DeclarationRef;
  change: ChangeKind;
  state: VerdictState;
  checks: CheckResult[];
  /** Distinct inputs tried across checks (the largest count of one check). */
  inputs: number;
  /** For `unverifiable`: the reason in a few words ("needs network", "cannot generate `Socket`"). */
  reason?: string;
  /** Limitations a person should know ("no baseline: the file is untracked"). */
  notes: string[];
  baseline: BaselineSource;
  seed: number;
  /** The generated vitest file that ran the checks (in the cache folder). */
  testFile?: string;
  durationMs: number;
  /** Hash of everything the verdict depends on; equal hashes give equal verdicts. */
  contentHash: string;
  /** True when the verdict came from the cache. */
  cached?: boolean;
}

export interface FileNote {
  file: string;
  message: string;
}

export interface VerifyReport {
  root: string;
  /** The ref compared against, or null outside git. */
  base: string | null;
  verdicts: Verdict[];
  /** Files skipped and why (too large, binary, syntax error). */
  skipped: FileNote[];
  /** Workspace-level limitations ("not a git repository: no behaviour comparison"). */
  notes: string[];
  durationMs: number;
}

/** Counts of verdicts by state, for summaries and exit codes. */
export type VerdictCounts = Record<VerdictState, number>;

export function countVerdicts(verdicts: readonly Verdict[]): VerdictCounts {
  const counts: VerdictCounts = { pending: 0, verified: 0, failed: 0, changed: 0, unverifiable: 0, accepted: 0 };
  for (const verdict of verdicts) counts[verdict.state]++;
  return counts;
}
