// Drives one check over generated inputs with fast-check. A first pass tries every input
// (examples first) and counts how many fail; when some do, a second pass with the same seed lets
// fast-check shrink the first failure to a small counterexample.
import fc from 'fast-check';
import type { CheckKind, Finding } from '../model';
import type { CheckMeta } from './checkMeta';
import { needsPhrase } from './checkMeta';
import { CallLog, replaysFor } from './callLog';
import type { BlockedEffect, CallContext } from './observe';
import { ProgressLog } from './progress';
import { renderCall, truncate } from './renderValue';
import type { SetupCalls, Subject } from './subject';

export type Judgement =
  | { kind: 'ok'; note?: string }
  /** `example`: what happened on this input (an error); the note keeps the first one. */
  | { kind: 'skip'; note: string; example?: string }
  | { kind: 'fail'; finding: Omit<Finding, 'input' | 'failingInputs' | 'totalInputs' | 'seed' | 'path'> }
  | { kind: 'hang' }
  | { kind: 'blocked'; effects: BlockedEffect[] };

export type Judge<Input extends unknown[]> = (input: Input, context: CallContext) => Promise<Judgement>;

export function renderInput<Input extends unknown[]>(subject: Subject<Input>, input: Input): string {
  if (subject.render) return subject.render(input);
  if (subject.member) {
    const { className, name, getter, setup: hasSetup } = subject.member;
    const [init, ...others] = input as unknown[];
    const setup = (hasSetup ? (others.shift() as SetupCalls) : undefined) ?? [];
    const instance = renderCall(`new ${className}`, (init as unknown[]) ?? []);
    if (setup.length === 0) return getter ? `${instance}.${name}` : renderCall(`${instance}.${name}`, others);
    // With calls made first, a short script: `cart = new Cart("EUR"); cart.add(…); cart.total()`.
    const variable = className.charAt(0).toLowerCase() + className.slice(1);
    const steps = [`${variable} = ${instance}`, ...setup.map(([method, args]) => renderCall(`${variable}.${method}`, args))];
    steps.push(getter ? `${variable}.${name}` : renderCall(`${variable}.${name}`, others));
    return truncate(steps.join('; '), 400);
  }
  return renderCall(subject.callee, input);
}

/** Inputs a subject hung on, by subject id: once one check finds a hang, the others stop short. */
const hungSubjects = new Map<string, string>();

/** The input a subject hung on in this worker, if it did. */
export function hungOn(subjectId: string): string | undefined {
  return hungSubjects.get(subjectId);
}

interface Skipped {
  count: number;
  example?: string;
}

function summarizeNotes(skips: Map<string, Skipped>): string[] {
  return [...skips].map(([note, { count, example }]) => `${count} input${count === 1 ? '' : 's'} ${note}${example ? ` (first: ${truncate(example, 160)})` : ''}`);
}

function countSkip(skips: Map<string, Skipped>, note: string, example?: string): void {
  const seen = skips.get(note);
  if (seen) seen.count++;
  else skips.set(note, { count: 1, ...(example ? { example } : {}) });
}

export async function runProperty<Input extends unknown[]>(
  subject: Subject<Input>,
  check: CheckKind,
  judge: Judge<Input>,
): Promise<CheckMeta> {
  const started = performance.now();
  const progress = new ProgressLog(subject.id);
  const calls = new CallLog(subject.id, check, progress);
  const contextFor = (input: Input): CallContext => {
    let text: string | undefined;
    return { calls, rendered: () => (text ??= renderInput(subject, input)) };
  };
  const skips = new Map<string, Skipped>();
  let tried = 0;
  /** Inputs actually judged (passed or failed), as opposed to skipped. */
  let judged = 0;
  let failing = 0;
  let firstFailure: { input: Input; judgement: Extract<Judgement, { kind: 'fail' }> } | undefined;
  let stop: { kind: 'hang'; input: Input } | { kind: 'blocked'; effects: BlockedEffect[] } | undefined;
  const examples = subject.examples.map((example) => [example] as [Input]);
  // The time budget is checked between inputs, never by abandoning a call in flight (fast-check's
  // interruptAfterTimeLimit would drop a call that is about to time out as a hang).
  const parameters = { seed: subject.seed, numRuns: subject.numRuns, examples };
  const outOfTime = (limitMs: number) => performance.now() - started > limitMs;

  const meta = (partial: Omit<CheckMeta, 'check' | 'inputs' | 'notes' | 'durationMs'>): CheckMeta => {
    const notes = summarizeNotes(skips);
    if (judged > 0 && judged * 4 < tried) notes.unshift(`only ${judged} of ${tried} inputs could be checked`);
    return { check, inputs: judged, notes, durationMs: Math.round(performance.now() - started), ...partial };
  };

  const hungOn = hungSubjects.get(subject.id);
  if (hungOn) return meta({ status: 'skipped', reason: `not run: the declaration hangs on ${hungOn}` });

  let runIndex = -1;
  const firstPass = fc.asyncProperty(subject.inputs, async (input) => {
    runIndex++;
    if (stop || outOfTime(subject.timeBudgetMs)) return true;
    tried++;
    calls.runIndex = runIndex;
    const judgement = await judge(input, contextFor(input));
    calls.runIndex = undefined;
    if (judgement.kind === 'ok') judged++;
    if (judgement.kind === 'ok' && judgement.note) countSkip(skips, judgement.note);
    if (judgement.kind === 'skip') countSkip(skips, judgement.note, judgement.example);
    else if (judgement.kind === 'fail') {
      judged++;
      failing++;
      firstFailure ??= { input, judgement };
    } else if (judgement.kind === 'hang') stop = { kind: 'hang', input };
    else if (judgement.kind === 'blocked') stop = { kind: 'blocked', effects: judgement.effects };
    return true;
  });

  try {
    // Inputs that hung in an earlier run are judged first (replayed by their run index), so a
    // known hang is settled before any other input can hang again.
    for (const index of replaysFor(subject.id, check)) {
      runIndex = index - 1;
      await fc.check(firstPass, { ...parameters, path: String(index), endOnFailure: true });
    }
    runIndex = -1;
    await fc.check(firstPass, parameters);

    if (stop?.kind === 'blocked') {
      return meta({ status: 'unverifiable', reason: needsPhrase(stop.effects), blocked: stop.effects });
    }
    if (stop?.kind === 'hang') {
      const input = renderInput(subject, stop.input);
      hungSubjects.set(subject.id, input);
      const finding: Finding = {
        kind: 'hang',
        message: `${input} does not return: no answer within ${subject.callTimeoutMs} ms`,
        input,
        seed: subject.seed,
      };
      return meta({ status: 'failed', finding });
    }
    if (!firstFailure && judged === 0 && tried > 0) {
      const [most] = summarizeNotes(new Map([...skips].sort((a, b) => b[1].count - a[1].count).slice(0, 1)));
      return meta({ status: 'skipped', reason: `no input could be checked: ${most ?? 'every input was skipped'}` });
    }
    if (!firstFailure) return meta({ status: 'passed' });

    // Shrink: the same seed reaches the same failure first, then fast-check makes it small.
    const shrunk = await fc.check(
      fc.asyncProperty(subject.inputs, async (input) => {
        if (outOfTime(subject.timeBudgetMs * 3)) return true; // keep the smallest failure found so far
        return (await judge(input, contextFor(input))).kind !== 'fail';
      }),
      parameters,
    );
    let chosen = firstFailure;
    let path: string | undefined;
    if (shrunk.failed && shrunk.counterexample) {
      const input = shrunk.counterexample[0];
      const judgement = await judge(input, contextFor(input));
      if (judgement.kind === 'fail') {
        chosen = { input, judgement };
        path = shrunk.counterexamplePath ?? undefined;
      }
    }
    const finding: Finding = {
      ...chosen.judgement.finding,
      input: renderInput(subject, chosen.input),
      failingInputs: failing,
      totalInputs: tried,
      seed: subject.seed,
      path,
    };
    return meta({ status: 'failed', finding });
  } finally {
    progress.record(check, '', 'done');
    progress.close();
  }
}
