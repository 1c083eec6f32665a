// `doctest`: a JSDoc @example still holds. The generated test passes the example's code as a
// function and its expected value (or the error it should throw).
import type { CheckMeta } from './checkMeta';
import { needsPhrase } from './checkMeta';
import { valuesEqual } from './compareValues';
import { defaultWorld, inWorld, SettleTimeout } from './determinism';
import { clearBlocked } from './observe';
import { renderValue } from './renderValue';

export interface DoctestExample {
  file: string;
  line: number;
  /** The example as written, for messages. */
  text: string;
  timeoutMs: number;
}

export type DoctestExpectation = { value: () => unknown } | { throws: string | undefined };

export async function doctestCheck(example: DoctestExample, run: () => unknown, expected: DoctestExpectation): Promise<CheckMeta> {
  const started = performance.now();
  const done = (partial: Omit<CheckMeta, 'check' | 'inputs' | 'notes' | 'durationMs'>): CheckMeta => ({
    check: 'doctest',
    inputs: 1,
    notes: [],
    durationMs: Math.round(performance.now() - started),
    ...partial,
  });
  const fail = (message: string, expectedText: string, actual: string): CheckMeta =>
    done({
      status: 'failed',
      finding: {
        kind: 'doctest',
        message,
        input: example.text,
        expected: expectedText,
        actual,
        location: { file: example.file, line: example.line, column: 1 },
      },
    });

  clearBlocked();
  let value: unknown;
  let thrown: unknown;
  let threw = false;
  try {
    value = await inWorld(defaultWorld, example.timeoutMs, run);
  } catch (error) {
    if (error instanceof SettleTimeout) {
      return done({ status: 'failed', finding: { kind: 'hang', message: `the example did not settle within ${example.timeoutMs} ms`, input: example.text } });
    }
    threw = true;
    thrown = error;
  }
  const blocked = clearBlocked();
  if (blocked.length > 0) return done({ status: 'unverifiable', reason: needsPhrase(blocked), blocked });

  const actual = threw ? `throws ${renderValue(thrown)}` : renderValue(value);
  if ('throws' in expected) {
    if (!threw) return fail(`the example should throw${expected.throws ? ` ${expected.throws}` : ''} but returns ${actual}`, `throws ${expected.throws ?? 'an error'}`, actual);
    const name = thrown instanceof Error ? thrown.name : '';
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    if (expected.throws && !name.includes(expected.throws) && !message.includes(expected.throws)) {
      return fail(`the example throws ${actual}, not ${expected.throws}`, `throws ${expected.throws}`, actual);
    }
    return done({ status: 'passed' });
  }
  const wanted = expected.value();
  if (threw) return fail(`the example should return ${renderValue(wanted)} but ${actual}`, renderValue(wanted), actual);
  if (valuesEqual(wanted, value)) return done({ status: 'passed' });
  return fail(`the example says ${renderValue(wanted)} but the function returns ${actual}`, renderValue(wanted), actual);
}
