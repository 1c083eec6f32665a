// Types of powerSummary.mjs, as far as tests use them.

export interface CheckRecord {
  kind: string;
  status: string;
  message?: string;
  input?: string;
}

export interface VerdictRecord {
  file: string;
  declaration: string;
  state: string;
  reason?: string;
  checks: CheckRecord[];
}

export interface CaseRecord {
  id: string;
  ms: number;
  verdicts: VerdictRecord[];
  error?: string;
}

export interface PowerCase {
  id: string;
  set: 'mutant' | 'refactor' | 'intended';
  file: string;
  declaration: string;
  category: string;
  killedByHumanSuite?: boolean;
}

export function judgeCase(testCase: PowerCase, record: CaseRecord): Record<string, unknown>;
