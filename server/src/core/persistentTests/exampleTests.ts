// Characterization examples as tests a person reads: `expect(bulkPrice(1, 10)).toBe(9.5)`, with the
// outcome the current code really produced. From all the inputs that were recorded, a handful are
// chosen: edge values first, then random ones, each showing an outcome not shown yet.
import { boundaryExamples } from './boundaryExamples';
import type { CharacterizedExample } from '../runtime/characterizeMeta';
import type { GeneratedTest } from './generatedTest';
import { calleePath, exampleId, instanceName, isInstanceMember, memberAccess, memberName, shorten, usedImports } from './generatedTest';
import { withEnumMembers } from './enumMembers';
import type { GenerationSubject } from './generationSubjects';
import { stringLiteral } from './valueLiteral';

export interface ExampleLimits {
  /** Most examples from edge values. */
  edge: number;
  /** Most examples from random inputs. */
  random: number;
}

export const DEFAULT_EXAMPLE_LIMITS: ExampleLimits = { edge: 4, random: 2 };

/** Error classes every JavaScript runtime has: a test names them without an import. */
const GLOBAL_ERRORS = new Set(['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'URIError', 'EvalError', 'AggregateError']);

/** What a test could tell apart: the kind of outcome and its value or error class. */
function outcomeKey(example: CharacterizedExample): string {
  const o = example.outcome;
  return o.kind === 'value' ? `value:${o.async}:${o.code}:${o.state ?? ''}` : `throws:${o.async}:${o.errorName}`;
}

/** Shorter inputs read better; escapes (`\n`, `\u000b`), punctuation and long numbers read worst. */
function readingCost(example: CharacterizedExample): number {
  const text = [...(example.init ?? []), ...example.args].join(', ');
  const escapes = text.match(/\\/g)?.length ?? 0;
  const punctuation = text.match(/[^\w\s'.,\-[\]{}()]/g)?.length ?? 0;
  const longNumbers = text.match(/\d{7,}|\de[+-]\d/g)?.length ?? 0;
  return text.length + 6 * escapes + 2 * punctuation + 15 * longNumbers;
}

/** A random input this hard to read, or with a result this long, is not worth a test. */
const MAX_RANDOM_COST = 32;
const MAX_RANDOM_RESULT = 100;

function readable(example: CharacterizedExample): boolean {
  const result = example.outcome.kind === 'value' ? example.outcome.code.length + (example.outcome.state?.length ?? 0) : 0;
  return readingCost(example) <= MAX_RANDOM_COST && result <= MAX_RANDOM_RESULT;
}

/**
 * Edge values first, then random inputs, each showing an outcome not chosen yet; among inputs
 * with the same outcome, the most readable one. When no random input shows anything new, the most readable
 * one that returns still joins: a plain, typical call next to the edge cases. When none of those
 * throws, the most readable input that does joins too: the function's deliberate rejection is
 * worth a test whether or not the cheaper inputs happened to show it. Then the calls on
 * both sides of each boundary of the body (boundaryExamples.ts), whatever their outcome.
 */
export function chooseExamples(
  examples: readonly CharacterizedExample[],
  limits: ExampleLimits = DEFAULT_EXAMPLE_LIMITS,
  constants: readonly number[] = [],
): CharacterizedExample[] {
  const shown = new Set<string>();
  const chosen: CharacterizedExample[] = [];
  const byCost = (a: CharacterizedExample, b: CharacterizedExample) => readingCost(a) - readingCost(b);
  const edge = examples.filter((e) => e.source === 'edge').sort(byCost);
  const random = examples.filter((e) => e.source === 'random' && readable(e)).sort(byCost);
  for (const [candidates, limit] of [[edge, limits.edge], [random, limits.random]] as const) {
    let count = 0;
    for (const example of candidates) {
      if (count >= limit) break;
      const key = outcomeKey(example);
      if (shown.has(key)) continue;
      shown.add(key);
      chosen.push(example);
      count++;
    }
  }
  const typical = random.find((e) => e.outcome.kind === 'value');
  if (limits.random > 0 && typical && !chosen.some((e) => e.source === 'random')) chosen.push(typical);
  const rejection = [...edge, ...random].filter((e) => e.outcome.kind === 'throws').sort(byCost)[0];
  if (rejection && !chosen.some((e) => e.outcome.kind === 'throws')) chosen.push(rejection);
  for (const example of boundaryExamples(edge, constants)) if (!chosen.includes(example)) chosen.push(example);
  return chosen;
}

export interface ExampleContext {
  /** Names the subject's module exports (a custom error class is imported from there). */
  exportedNames: ReadonlySet<string>;
  file: string;
}

/** The parameters of the member's class constructor (the implementation's, when overloaded). */
function constructorParameters(subject: GenerationSubject) {
  const constructors = subject.declaration.owner?.getConstructors() ?? [];
  return (constructors.find((c) => c.hasBody()) ?? constructors[0])?.getParameters() ?? [];
}

/** The test for one recorded example. */
export function exampleTest(subject: GenerationSubject, example: CharacterizedExample, context: ExampleContext): GeneratedTest {
  const args = withEnumMembers(example.args, subject.declaration.fn.getParameters(), subject.refs).join(', ');
  const init = example.init && withEnumMembers(example.init, constructorParameters(subject), subject.refs).join(', ');
  const body: string[] = [];
  let call: string;
  let shown: string;
  let instance: string | undefined;
  if (isInstanceMember(subject)) {
    instance = instanceName(subject.head, new Set(subject.imports.imports.map((i) => i.local)));
    const name = memberName(subject);
    const getter = subject.declaration.kind === 'getter';
    const construct = `new ${subject.head}(${init ?? ''})`;
    body.push(`const ${instance} = ${construct};`);
    call = getter ? memberAccess(instance, name) : `${memberAccess(instance, name)}(${args})`;
    shown = getter ? memberAccess(construct, name) : `${memberAccess(construct, name)}(${args})`;
  } else {
    call = `${calleePath(subject)}(${args})`;
    shown = call;
  }
  const outcome = example.outcome;
  let verb: string;
  if (outcome.kind === 'value' && outcome.state !== undefined && instance) {
    body.push(outcome.async ? `await ${call};` : `${call};`);
    body.push(`expect(${instance}).toMatchObject(${outcome.state});`);
    verb = `leaves ${shorten(outcome.state, 50)}`;
  } else if (outcome.kind === 'value') {
    const expectation = outcome.async ? `await expect(${call}).resolves` : `expect(${call})`;
    body.push(`${expectation}.${outcome.matcher}(${outcome.code});`);
    verb = `${outcome.async ? 'resolves to' : 'returns'} ${shorten(outcome.code, 50)}`;
  } else {
    const expected = errorExpectation(outcome.errorName, outcome.message, context, subject);
    body.push(outcome.async ? `await expect(${call}).rejects.toThrow(${expected});` : `expect(() => ${call}).toThrow(${expected});`);
    verb = `${outcome.async ? 'rejects with' : 'throws'} ${outcome.errorName ?? 'a non-error value'}`;
  }
  return {
    id: exampleId(subject.declaration.qualifiedName, `${example.init ? `(${example.init.join(', ')}).` : ''}(${example.args.join(', ')})`),
    describe: subject.declaration.qualifiedName,
    name: `${shorten(shown, 70)} ${verb}`,
    async: outcome.async,
    body,
    imports: usedImports(subject.imports.imports, body),
    fastCheck: false,
  };
}

/** `RangeError`, an imported `ValidationError`, or the message when the class cannot be named. */
function errorExpectation(errorName: string | undefined, message: string, context: ExampleContext, subject: GenerationSubject): string {
  if (errorName && GLOBAL_ERRORS.has(errorName)) return errorName;
  if (errorName && context.exportedNames.has(errorName)) return subject.imports.add(context.file, errorName);
  return message ? stringLiteral(message) : '';
}
