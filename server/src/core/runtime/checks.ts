// The checks a generated test runs. Each judges one input at a time and leaves the precision
// rules here: deliberate throws are rejections, crashes the old version shared are pre-existing,
// inputs the old version answers differently on a second run are nondeterministic.
import type { CheckMeta } from './checkMeta';
import { defaultWorld, otherWorld } from './determinism';
import { observe } from './observe';
import type { CallContext, Outcome } from './observe';
import { runProperty } from './propertyRun';
import type { Judgement } from './propertyRun';
import { firstDifference } from './compareValues';
import fc from 'fast-check';
import { pairedFunctions, PROBE_COUNT, probeDifference } from './probeFunctions';
import { renderValue } from './renderValue';
import type { Subject } from './subject';

function errorOf(outcome: Extract<Outcome, { kind: 'threw' }>): { name: string; message: string } {
  const error = outcome.error;
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: typeof error, message: renderValue(error) };
}

export function describeOutcome(outcome: Outcome, focus: 'value' | 'self' | 'args' = 'value'): string {
  switch (outcome.kind) {
    case 'returned':
      if (focus === 'self') return renderValue(outcome.self);
      if (focus === 'args') return renderValue(outcome.args);
      return renderValue(outcome.value);
    case 'threw': {
      const { name, message } = errorOf(outcome);
      return `throws ${name}: ${message}`;
    }
    case 'timeout':
      return 'never settles';
    case 'discarded':
      return outcome.reason;
    case 'blocked':
      return outcome.effects.map((e) => e.message).join('; ');
  }
}

/** Where two outcomes differ, or undefined when a person would call them the same. */
export function outcomeDifference(before: Outcome, after: Outcome): { where: string; focus: 'value' | 'self' | 'args' } | undefined {
  if (before.kind === 'returned' && after.kind === 'returned') {
    const value = firstDifference(before.value, after.value);
    if (value) return { where: value, focus: 'value' };
    const self = firstDifference(before.self, after.self);
    if (self) return { where: self.replace(/^the result/, 'the instance'), focus: 'self' };
    const args = firstDifference(before.args, after.args);
    if (args) return { where: `the arguments after the call (${args.replace(/^the result/, 'arguments')})`, focus: 'args' };
    return undefined;
  }
  if (before.kind === 'threw' && after.kind === 'threw') {
    const a = errorOf(before);
    const b = errorOf(after);
    return a.name === b.name && a.message === b.message ? undefined : { where: 'the error thrown', focus: 'value' };
  }
  if (before.kind === after.kind) return undefined;
  return { where: before.kind === 'threw' || after.kind === 'threw' ? 'whether it throws' : 'the outcome', focus: 'value' };
}

function discardNote(outcome: Extract<Outcome, { kind: 'discarded' }>, which: '' | 'old '): string {
  return outcome.step === 'setup' ? `discarded: a call made on the ${which}instance first threw` : `discarded: the ${which}instance could not be built`;
}

function interrupted(outcome: Outcome): Judgement | undefined {
  if (outcome.kind === 'blocked') return { kind: 'blocked', effects: outcome.effects };
  if (outcome.kind === 'timeout') return { kind: 'hang' };
  if (outcome.kind === 'discarded') return { kind: 'skip', note: discardNote(outcome, ''), example: outcome.reason };
  return undefined;
}

/**
 * The new version's outcome on an input, or how the check should judge it when the call did not
 * return: a hang the old version shares is pre-existing; one it does not share is a hang.
 */
async function currentOutcome<Input extends unknown[]>(subject: Subject<Input>, input: Input, context: CallContext): Promise<Outcome | Judgement> {
  const outcome = await observe(subject, subject.current, input, defaultWorld, context);
  if (outcome.kind !== 'timeout') return interrupted(outcome) ?? outcome;
  if (subject.baseline) {
    const before = await observe(subject, subject.baseline, input, defaultWorld, context);
    if (before.kind === 'timeout') return { kind: 'skip', note: 'hang in the baseline too (pre-existing)' };
  }
  return { kind: 'hang' };
}

function isJudgement(value: Outcome | Judgement): value is Judgement {
  return ['ok', 'skip', 'fail', 'hang', 'blocked'].includes(value.kind);
}

const OUTSIDE_CONTRACT_NOTE = 'a crash where the old version answered outside its return type: compared as a behaviour change';

/** The old version returned a value its declared return type does not allow (`undefined` from a
 *  `string` function on an Invalid Date): the input is outside what it really handled, so a new
 *  crash there is a change of behaviour to review, not a new crash. */
function outsideContract<Input extends unknown[]>(subject: Subject<Input>, before: Outcome): boolean {
  return before.kind === 'returned' && subject.returns !== undefined && subject.returns(before.value) !== undefined;
}

/** `crash`: no native runtime error on any input the types allow. */
export function crashCheck<Input extends unknown[]>(subject: Subject<Input>): Promise<CheckMeta> {
  return runProperty(subject, 'crash', async (input, context) => {
    const outcome = await currentOutcome(subject, input, context);
    if (isJudgement(outcome)) return outcome;
    if (outcome.kind !== 'threw' || outcome.errorKind !== 'crash') return { kind: 'ok' };
    const error = errorOf(outcome);
    if (subject.baseline) {
      const before = await observe(subject, subject.baseline, input, defaultWorld, context);
      if (before.kind === 'threw' && before.errorKind === 'crash' && errorOf(before).name === error.name) {
        return { kind: 'skip', note: `crash already in the baseline (pre-existing ${error.name})` };
      }
      if (outsideContract(subject, before)) return { kind: 'skip', note: OUTSIDE_CONTRACT_NOTE };
    }
    return {
      kind: 'fail',
      finding: {
        kind: 'crash',
        message: `throws ${error.name}: ${error.message}`,
        error,
        actual: `throws ${error.name}: ${error.message}`,
        location: outcome.site ? { file: outcome.site.file, line: outcome.site.line, column: outcome.site.column } : undefined,
      },
    };
  });
}

/** `contract`: the value returned fits the declared return type. */
export function contractCheck<Input extends unknown[]>(subject: Subject<Input>, typeText: string): Promise<CheckMeta> {
  const validate = subject.returns!;
  return runProperty(subject, 'contract', async (input, context) => {
    const outcome = await currentOutcome(subject, input, context);
    if (isJudgement(outcome)) return outcome;
    if (outcome.kind !== 'returned') return { kind: 'skip', note: 'threw, so nothing was returned to check' };
    const problem = validate(outcome.value);
    if (!problem) return { kind: 'ok' };
    if (subject.baseline) {
      const before = await observe(subject, subject.baseline, input, defaultWorld, context);
      if (before.kind === 'returned' && validate(before.value)) {
        return { kind: 'skip', note: 'violate the return type in the baseline too (pre-existing)' };
      }
    }
    return {
      kind: 'fail',
      finding: {
        kind: 'contract',
        message: `returns ${renderValue(outcome.value)}, which is not ${typeText}: ${problem}`,
        expected: typeText,
        actual: renderValue(outcome.value),
      },
    };
  });
}

const probeCache = new WeakMap<object, unknown[][]>();

/** Probes per input: PROBE_COUNT when there are many inputs; more when there are few (a factory
 *  without parameters runs once, and its returned function is all there is to compare). */
export function probeCount(numRuns: number): number {
  return Math.min(MAX_PROBES, Math.max(PROBE_COUNT, Math.ceil(PROBE_CALLS / Math.max(1, numRuns))));
}
const PROBE_CALLS = 2_400;
const MAX_PROBES = 200;

/** Argument lists for a subject's returned functions, drawn once from their declared parameter types. */
function probesFor(subject: Subject<any>): unknown[][] | undefined {
  if (!subject.probeInputs) return undefined;
  let probes = probeCache.get(subject);
  if (!probes) {
    probes = fc.sample(subject.probeInputs, { seed: subject.seed, numRuns: probeCount(subject.numRuns) });
    probeCache.set(subject, probes);
  }
  return probes;
}

/**
 * Closures tend to compare with what the factory was given (`n >= min`): the input's own values,
 * and their neighbours for numbers, are probes too when they have the probes' type.
 */
function probesFromInput(input: unknown[], sampled: unknown[][]): unknown[][] {
  const shape = sampled[0];
  if (!shape || shape.length !== 1) return [];
  const kind = typeof shape[0];
  const values = input.filter((value) => typeof value === kind);
  return values.flatMap((value) => (typeof value === 'number' ? [[value], [value - 1], [value + 1]] : [[value]]));
}

/**
 * Equal results that hold functions are equal only if the functions answer alike, on arguments
 * of their declared parameter types. Without those types they are not compared at all.
 */
function functionsJudgement(subject: Subject<any>, input: unknown[], before: Outcome, after: Outcome): Judgement {
  if (before.kind !== 'returned' || after.kind !== 'returned') return { kind: 'ok' };
  const pairs = pairedFunctions(before.value, after.value);
  if (pairs.length === 0) return { kind: 'ok' };
  const sampled = pairs.length === 1 && pairs[0].where === 'the result' ? probesFor(subject) : undefined;
  const probes = sampled && [...probesFromInput(input, sampled), ...sampled];
  if (!probes) {
    // A function that is the result is all there is to compare; functions held inside an object
    // (an Observable's subscribe, a schema's parse) leave the rest of it compared.
    if (pairs.some((pair) => pair.where === 'the result')) return { kind: 'skip', note: 'return functions whose parameter types Vouch cannot read, so they were not compared' };
    return { kind: 'ok', note: 'return objects holding functions: the rest of each object was compared, the functions were not called' };
  }
  const found = probeDifference(pairs, probes, defaultWorld);
  if (!found) return { kind: 'ok', note: `returned functions, compared by calling them with ${probes.length} arguments of their parameter types` };
  const subjectName = found.where === 'the result' ? 'the returned function' : `the function at ${found.where}`;
  return {
    kind: 'fail',
    finding: {
      kind: 'behavior-change',
      message: `${subjectName} answers differently: ${found.call} ${found.old} → ${found.new}`,
      old: `${found.call} ${found.old}`,
      new: `${found.call} ${found.new}`,
    },
  };
}

/** The subject with its inputs cut to the arguments the old version takes (see `baselineArity`):
 *  a member's input keeps its constructor arguments and setup calls. */
export function withBaselineArity<Input extends unknown[]>(subject: Subject<Input>): Subject<Input> {
  if (subject.baselineArity === undefined) return subject;
  const keep = (subject.member ? 2 : 0) + subject.baselineArity;
  const cut = (input: Input) => input.slice(0, keep) as Input;
  return { ...subject, inputs: subject.inputs.map(cut), examples: subject.examples.map(cut) };
}

/** `behavior-change`: old and new answer alike on every input (values, errors, mutations). */
export function behaviorChangeCheck<Input extends unknown[]>(full: Subject<Input>): Promise<CheckMeta> {
  const subject = withBaselineArity(full);
  const baseline = subject.baseline!;
  return runProperty(subject, 'behavior-change', async (input, context) => {
    const after = await currentOutcome(subject, input, context);
    if (isJudgement(after)) return after;
    const crashed = after.kind === 'threw' && after.errorKind === 'crash';
    if (crashed && !subject.returns) return { kind: 'skip', note: 'left to the crash check (the new version crashes)' };
    const before = await observe(subject, baseline, input, defaultWorld, context);
    if (crashed && !outsideContract(subject, before)) return { kind: 'skip', note: 'left to the crash check (the new version crashes)' };
    if (before.kind === 'blocked') return { kind: 'blocked', effects: before.effects };
    if (before.kind === 'discarded') return { kind: 'skip', note: discardNote(before, 'old '), example: before.reason };
    if (before.kind === 'timeout') {
      // The old version hung where the new one answers: a change, most often a fix to review.
      const now = describeOutcome(after);
      return { kind: 'fail', finding: { kind: 'behavior-change', message: `the old version never returned; the new one ${after.kind === 'threw' ? now : `returns ${now}`}`, old: 'never returns', new: now } };
    }
    const difference = outcomeDifference(before, after);
    if (!difference) return functionsJudgement(subject, input, before, after);
    const again = await observe(subject, baseline, input, otherWorld, context);
    if (outcomeDifference(before, again)) return { kind: 'skip', note: 'ignored: the old version answers differently from run to run' };
    const old = describeOutcome(before, difference.focus);
    const now = describeOutcome(after, difference.focus);
    return {
      kind: 'fail',
      finding: { kind: 'behavior-change', message: `${difference.where} changed: ${old} → ${now}`, old, new: now },
    };
  });
}
