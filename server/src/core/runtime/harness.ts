// The module generated tests import (as `@vouch/harness`). Bundled to dist/harness.mjs; runs
// inside vitest workers. It turns a check's result into the test's outcome: the structured result
// goes to `task.meta.vouch` for the engine, and a failed check fails the test for a person
// reading the run.
import type { TestContext } from 'vitest';
import { META_KEY } from './checkMeta';
import type { CheckMeta } from './checkMeta';
import { SERVED_SOURCES } from './errorKind';

export { applyCalls, defineSubject } from './subject';
export type { Subject } from './subject';
export { v } from './validators';
export { crashCheck, contractCheck, behaviorChangeCheck } from './checks';
export { doctestCheck } from './doctestCheck';
export { slowdownCheck } from './slowdownCheck';
export { characterizeExamples, confirmGenerated } from './characterize';

(globalThis as Record<symbol, unknown>)[SERVED_SOURCES] ??= new Map<string, string>();

export async function report(context: TestContext, result: Promise<CheckMeta>): Promise<void> {
  const meta = await result;
  (context.task.meta as Record<string, unknown>)[META_KEY] = meta;
  if (meta.status === 'failed' && meta.finding) {
    const input = meta.finding.input ? `\n  input: ${meta.finding.input}` : '';
    throw new Error(`${meta.check}: ${meta.finding.message}${input}`);
  }
  if (meta.status === 'unverifiable') context.skip(`unverifiable: ${meta.reason ?? 'unknown reason'}`);
  if (meta.status === 'skipped') context.skip(meta.reason);
}
