// How one power case is judged: an intended change is a behaviour change to review; only a crash,
// contract, hang or doctest failure mistakes it for a bug.
import { describe, expect, it } from 'vitest';
import { judgeCase } from '../../bench/powerSummary.mjs';
import type { CheckRecord } from '../../bench/powerSummary.mjs';

const intended = { id: 'text-wrap', set: 'intended' as const, file: 'src/text.ts', declaration: 'wrapText', category: 'new-option' };

function judged(checks: CheckRecord[]) {
  return judgeCase(intended, { id: 'text-wrap', ms: 700, verdicts: [{ file: 'src/text.ts', declaration: 'wrapText', state: 'changed', checks }] });
}

describe('an intended change, judged', () => {
  it('a behaviour change with a slowdown beside it is reviewed, not wrongly failed', () => {
    const result = judged([{ kind: 'behavior-change', status: 'failed', message: 'the result changed' }, { kind: 'slowdown', status: 'failed', message: '6x slower' }]);
    expect(result).toMatchObject({ asChanged: true, asBehaviourChange: true, wronglyFailed: false });
  });

  it('a crash beside the behaviour change is a wrong failure', () => {
    const result = judged([{ kind: 'behavior-change', status: 'failed' }, { kind: 'crash', status: 'failed' }]);
    expect(result).toMatchObject({ asBehaviourChange: false, wronglyFailed: true });
  });
});
