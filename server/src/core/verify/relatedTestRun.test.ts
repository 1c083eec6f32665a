import { describe, expect, it } from 'vitest';
import type { Target } from '../verdicts/target';
import { attributeRelatedFailures } from './relatedTestRun';
import type { RelatedTestFile } from './relatedTestRun';
import type { RunResults } from './runResults';
import { emptyResults } from './runResults';

const RELATED: RelatedTestFile = { testFile: '/w/test/async.test.ts', chain: ['/w/test/async.test.ts', '/w/src/async.ts'], changedFiles: ['src/async.ts'] };
/** The fields attribution reads of a changed declaration. */
const retry = { id: 'retry', change: 'changed', ref: { file: 'src/async.ts', span: { startLine: 4, endLine: 15 } } } as unknown as Target;
const LOST = 'the runner did not finish in time and was stopped';

function lostRun(): RunResults {
  return { ...emptyResults(), lost: { files: [RELATED.testFile], reason: LOST } };
}

describe('related tests that never finished', () => {
  it('blame the change when the old code lets them finish', async () => {
    const reruns: string[][] = [];
    const outcome = await attributeRelatedFailures([RELATED], lostRun(), [retry], async (files) => {
      reruns.push(files);
      return emptyResults(); // on the old code the file finishes without a failure
    });
    expect(reruns).toEqual([[RELATED.testFile]]);
    expect(outcome.forTarget(retry).failures).toEqual([{ testFile: RELATED.testFile, name: 'async.test.ts did not finish', message: LOST }]);
  });

  it('are pre-existing when they do not finish on the old code either', async () => {
    const outcome = await attributeRelatedFailures([RELATED], lostRun(), [retry], async () => lostRun());
    expect(outcome.forTarget(retry)).toEqual({ files: [RELATED.testFile], failures: [], preExisting: ['async.test.ts did not finish'] });
  });

  it('count only when lost: a file that reported is judged by its tests', async () => {
    const finished: RunResults = { ...emptyResults(), lost: { files: ['/w/test/other.test.ts'], reason: LOST } };
    finished.modules.set(RELATED.testFile, { type: 'module', runId: 1, file: RELATED.testFile, state: 'passed', errors: [] });
    const outcome = await attributeRelatedFailures([RELATED], finished, [retry], async () => {
      throw new Error('nothing failed, so nothing runs again');
    });
    expect(outcome.forTarget(retry).failures).toEqual([]);
  });
});
