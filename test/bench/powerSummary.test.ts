// How one power case is judged: an intended change is a behaviour change to review; only a crash,
// contract, hang or doctest failure mistakes it for a bug.
import { describe, expect, it } from 'vitest';
import { judgeCase } from '../../bench/powerSummary.mjs';
import type { RecordedCheck } from '../../bench/power';

const intended = { id: 'text-wrap', set: 'intended' as const, file: 'src/text.ts', declaration: 'wrapText', category: 'new-option' };

function judged(checks: Pick<RecordedCheck, 'kind' | 'status'>[]) {
  const recorded = checks.map((c) => ({ ...c, inputs: 0, ms: 0 }));
  return judgeCase(intended, { ms: 700, verdicts: [{ file: 'src/text.ts', declaration: 'wrapText', change: 'changed', state: 'changed', checks: recorded }] });
}

describe('an intended change, judged', () => {
  it('a behaviour change with a slowdown beside it is reviewed, not wrongly failed', () => {
    const result = judged([{ kind: 'behavior-change', status: 'failed' }, { kind: 'slowdown', status: 'failed' }]);
    expect(result).toMatchObject({ asChanged: true, asBehaviourChange: true, wronglyFailed: false });
  });

  it('a crash beside the behaviour change is a wrong failure', () => {
    const result = judged([{ kind: 'behavior-change', status: 'failed' }, { kind: 'crash', status: 'failed' }]);
    expect(result).toMatchObject({ asBehaviourChange: false, wronglyFailed: true });
  });
});
