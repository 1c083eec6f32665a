// The properties Vouch checks, written for a person to keep: fast-check draws inputs from the
// parameter types (the same arbitraries Vouch used) and the test says what must hold for all of
// them. "Never crashes": no native runtime error, except the classes the code throws on purpose.
// "Always returns a number": for a declared primitive return type.
import type { ParameterDeclaration } from 'ts-morph';
import { argumentNames } from '../inputs/argumentNames';
import type { InputPlan, ParameterPlan, RuntimeRefs } from '../inputs/inputPlan';
import { enumMembersOf } from './enumMembers';
import type { CharacterizedExample } from '../runtime/characterizeMeta';
import type { GeneratedTest } from './generatedTest';
import { calleePath, instanceName, isInstanceMember, memberAccess, memberName, usedImports } from './generatedTest';
import type { GenerationSubject } from './generationSubjects';

/** Runs per property in the written test (fast-check's default). */
export const PROPERTY_RUNS = 100;

/** Native errors that signal a crash when code did not throw them on purpose. */
const RUNTIME_ERRORS = ['TypeError', 'ReferenceError', 'RangeError', 'URIError', 'EvalError'];
const PRIMITIVE_RETURNS = new Set(['number', 'string', 'boolean', 'bigint']);

interface PropertyInputs {
  /** `fc.property(` arguments, one per line: arbitraries with a comment, then the predicate's parameters. */
  arbitraries: string[];
  parameters: string;
  /** Statements before the call (building the instance), and the call itself. */
  setup: string[];
  call: string;
}

function perParameter(plan: InputPlan): boolean {
  const joined = `fc.tuple(${plan.parameters.map((p) => p.arbitrary).join(', ')})`;
  return plan.tuple.replace(/\s+/g, '') === joined.replace(/\s+/g, '');
}

/** A plain enum parameter draws the enum's members (`fc.constantFrom(Tier.Gold, Tier.Silver)`), typed as the enum. */
function arbitraryOf(parameter: ParameterPlan, declared: ParameterDeclaration | undefined, refs: RuntimeRefs): string {
  if (!declared || parameter.optional || parameter.rest) return parameter.arbitrary;
  const members = enumMembersOf(declared, refs);
  return members ? `fc.constantFrom(${members.map((m) => m.ref).join(', ')})` : parameter.arbitrary;
}

/** Arbitraries and parameter names for one parameter list (a function's or a constructor's). */
function inputsOf(
  plan: InputPlan,
  declared: readonly ParameterDeclaration[],
  refs: RuntimeRefs,
  taken: Set<string>,
  label: string,
): { arbitraries: string[]; names: string[]; pattern: string[]; args: string } {
  const names = argumentNames(plan.parameters.map((p) => p.name)).map((name) => {
    let chosen = name;
    for (let n = 2; taken.has(chosen); n++) chosen = `${name}${n}`;
    taken.add(chosen);
    return chosen;
  });
  const args = names.map((name, i) => (plan.spreadLast && i === names.length - 1 ? `...${name}` : name)).join(', ');
  const signature = plan.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.typeText}`).join(', ');
  if (perParameter(plan)) {
    const arbitraries = plan.parameters.map((p, i) => `${arbitraryOf(p, declared[i], refs)}, // ${label}${names[i]}${p.optional ? '?' : ''}: ${p.typeText}`);
    return { arbitraries, names, pattern: names, args };
  }
  return { arbitraries: [`${plan.tuple}, // ${label}(${signature})`], names, pattern: [`[${names.join(', ')}]`], args };
}

function propertyInputs(subject: GenerationSubject, plan: InputPlan, constructorPlan: InputPlan | undefined): PropertyInputs {
  const taken = new Set([...subject.imports.imports.map((i) => i.local), 'error', 'result', 'fc', 'expect']);
  if (!isInstanceMember(subject) || !constructorPlan) {
    const own = inputsOf(plan, subject.declaration.fn.getParameters(), subject.refs, taken, '');
    return { arbitraries: own.arbitraries, parameters: own.pattern.join(', '), setup: [], call: `${calleePath(subject)}(${own.args})` };
  }
  const instance = instanceName(subject.head, taken);
  taken.add(instance);
  const constructors = subject.declaration.owner?.getConstructors() ?? [];
  const ctorParameters = (constructors.find((c) => c.hasBody()) ?? constructors[0])?.getParameters() ?? [];
  const ctor = inputsOf(constructorPlan, ctorParameters, subject.refs, taken, `new ${subject.head}: `);
  const own = inputsOf(plan, subject.declaration.fn.getParameters(), subject.refs, taken, '');
  const member = memberAccess(instance, memberName(subject));
  return {
    arbitraries: [...ctor.arbitraries, ...own.arbitraries],
    parameters: [...ctor.pattern, ...own.pattern].join(', '),
    setup: [`const ${instance} = new ${subject.head}(${ctor.args});`],
    call: subject.declaration.kind === 'getter' ? member : `${member}(${own.args})`,
  };
}

/** Error classes the declaration throws on purpose: `throw new X(` in its code, or seen thrown. */
function deliberateErrors(subject: GenerationSubject, examples: readonly CharacterizedExample[]): Set<string> {
  const names = new Set<string>();
  for (const match of subject.declaration.fn.getText().matchAll(/\bthrow\s+new\s+([A-Za-z_$][\w$]*)/g)) names.add(match[1]);
  for (const example of examples) if (example.outcome.kind === 'throws' && example.outcome.errorName) names.add(example.outcome.errorName);
  return names;
}

function indent(lines: string[], by: string): string[] {
  return lines.map((line) => (line ? by + line : line));
}

function property(subject: GenerationSubject, inputs: PropertyInputs, isAsync: boolean, predicate: string[]): string[] {
  const run = isAsync ? 'fc.asyncProperty' : 'fc.property';
  return [
    `${isAsync ? 'await ' : ''}fc.assert(`,
    `  ${run}(`,
    ...indent(inputs.arbitraries, '    '),
    `    ${isAsync ? 'async ' : ''}(${inputs.parameters}) => {`,
    ...indent(predicate, '      '),
    '    },',
    '  ),',
    `  { seed: ${subject.seed}, numRuns: ${PROPERTY_RUNS} },`,
    ');',
  ];
}

export function propertyTests(subject: GenerationSubject, examples: readonly CharacterizedExample[]): GeneratedTest[] {
  const planned = subject.workspace;
  if (!planned) return [];
  const parameterCount = planned.plan.parameters.length + (planned.constructorPlan?.parameters.length ?? 0);
  if (parameterCount === 0) return [];
  const inputs = propertyInputs(subject, planned.plan, planned.constructorPlan);
  const isAsync = planned.plan.returnsPromise || examples.some((e) => e.outcome.async);
  const call = `${isAsync ? 'await ' : ''}${inputs.call}`;
  const name = subject.declaration.qualifiedName;
  const base = { describe: name, async: isAsync, fastCheck: true };
  const tests: GeneratedTest[] = [];

  const deliberate = deliberateErrors(subject, examples);
  const crashes = RUNTIME_ERRORS.filter((e) => !deliberate.has(e));
  if (crashes.length > 0) {
    const onPurpose = [...deliberate].sort();
    const predicate = [
      ...inputs.setup,
      'try {',
      `  ${call};`,
      '} catch (error) {',
      onPurpose.length > 0 ? `  // ${onPurpose.join(', ')}: thrown on purpose. A native runtime error is a crash.` : '  // Errors thrown on purpose are fine; a native runtime error is a crash.',
      `  if (${crashes.map((e) => `error instanceof ${e}`).join(' || ')}) throw error;`,
      '}',
    ];
    const body = property(subject, inputs, isAsync, predicate);
    tests.push({ ...base, id: `${name}#never-crashes`, name: 'never crashes with a runtime error', body, imports: usedImports(subject.imports.imports, body) });
  }

  const returnType = returnTypeText(subject, isAsync);
  if (returnType && PRIMITIVE_RETURNS.has(returnType) && subject.declaration.kind !== 'getter') {
    const predicate = [
      ...inputs.setup,
      'let result: unknown;',
      'try {',
      `  result = ${call};`,
      '} catch {',
      '  return; // a throw returns nothing to check',
      '}',
      `expect(typeof result).toBe('${returnType}');`,
    ];
    const body = property(subject, inputs, isAsync, predicate);
    tests.push({ ...base, id: `${name}#returns-${returnType}`, name: `always returns a ${returnType}`, body, imports: usedImports(subject.imports.imports, body) });
  }
  return tests;
}

/** The declared return type, unwrapped from `Promise<…>` for an async declaration. */
function returnTypeText(subject: GenerationSubject, isAsync: boolean): string | undefined {
  const text = subject.declaration.fn.getReturnTypeNode()?.getText().replace(/\s+/g, '');
  if (!text) return undefined;
  const promised = /^Promise<(.+)>$/.exec(text);
  return isAsync ? promised?.[1] : text;
}
