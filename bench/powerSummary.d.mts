// Types of powerSummary.mjs, as far as tests use them; the records are power.ts's.
import type { CaseRecord, PowerCase } from './power';

export function judgeCase(testCase: Omit<PowerCase, 'text' | 'description'>, record: Pick<CaseRecord, 'ms' | 'verdicts'> & { error?: string }): Record<string, unknown>;
