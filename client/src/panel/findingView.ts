// A counterexample as the panel shows it: the input, the two answers side by side (expected and
// actual, or old and new), the error, where and how often it happened, and how to replay it.
import type { CheckKind, CheckResult, Finding } from '../../../server/src/core/model';

export interface FindingComparison {
  /** `old-new` for a behaviour change, `expected-actual` for everything else. */
  kind: 'old-new' | 'expected-actual';
  left: { label: string; value: string };
  right: { label: string; value: string };
}

export interface FindingView {
  kind: CheckKind;
  /** The check's name: "Crash", "Behaviour change". */
  label: string;
  message: string;
  input?: string;
  comparison?: FindingComparison;
  /** "TypeError: Cannot read properties of undefined". */
  error?: string;
  /** "3 of 200 inputs". */
  frequency?: string;
  /** "math.ts:12:5". */
  location?: string;
  seed?: number;
  /** fast-check's replay path. */
  path?: string;
  /** The workspace test that failed (related-test): "total › adds prices (math.test.ts)". */
  test?: string;
  /** How long the check took. */
  time: string;
}

const CHECK_KIND_LABELS: Record<CheckKind, string> = {
  crash: 'Crash',
  contract: 'Return type',
  hang: 'Hang',
  'behavior-change': 'Behaviour change',
  doctest: '@example',
  'related-test': 'Related test',
  slowdown: 'Slowdown',
};

/** Shown for a side the finding leaves out, so the two columns stay aligned. */
export const MISSING_VALUE = '(not recorded)';

export function checkKindLabel(kind: CheckKind): string {
  return CHECK_KIND_LABELS[kind] ?? kind;
}

export function describeFinding(finding: Finding, check: CheckResult): FindingView {
  return {
    kind: finding.kind,
    label: checkKindLabel(finding.kind),
    message: finding.message,
    input: finding.input,
    comparison: comparisonOf(finding),
    error: finding.error ? `${finding.error.name}: ${finding.error.message}` : undefined,
    frequency:
      finding.failingInputs !== undefined && finding.totalInputs !== undefined
        ? `${finding.failingInputs} of ${plural(finding.totalInputs, 'input')}`
        : finding.failingInputs !== undefined
          ? plural(finding.failingInputs, 'input')
          : undefined,
    location: finding.location ? `${baseName(finding.location.file)}:${finding.location.line}:${finding.location.column}` : undefined,
    seed: finding.seed,
    path: finding.path,
    // The generated tests live in Vouch's cache: only a workspace test (related-test) is worth naming.
    test: finding.test && finding.kind === 'related-test' ? `${finding.test.name} (${baseName(finding.test.file)})` : undefined,
    time: formatDuration(check.durationMs),
  };
}

function comparisonOf(finding: Finding): FindingComparison | undefined {
  if (finding.old !== undefined || finding.new !== undefined) {
    return { kind: 'old-new', left: { label: 'Old', value: finding.old ?? MISSING_VALUE }, right: { label: 'New', value: finding.new ?? MISSING_VALUE } };
  }
  if (finding.expected !== undefined || finding.actual !== undefined) {
    return {
      kind: 'expected-actual',
      left: { label: 'Expected', value: finding.expected ?? MISSING_VALUE },
      right: { label: 'Actual', value: finding.actual ?? MISSING_VALUE },
    };
  }
  return undefined;
}

/** "340 ms", "1.2 s", "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1) || file;
}
