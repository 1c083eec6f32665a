// Writes the vitest file that checks one declaration. It is meant to be read: a person who opens
// it sees what inputs were generated from which parameter types, how the declaration is called,
// and one test per check.
import type { CheckKind } from '../model';
import type { InputPlan } from '../inputs/inputPlan';
import type { RuntimeImport } from './runtimeRefs';
import type { SubjectCall } from './subjectCall';

export interface DoctestSpec {
  /** Setup statements before the checked expression (may be empty). */
  code: string;
  expression: string;
  expected: { kind: 'value'; code: string } | { kind: 'throws'; code?: string };
  line: number;
  text: string;
}

export interface TestFileSpec {
  id: string;
  qualifiedName: string;
  relativePath: string;
  file: string;
  line: number;
  root: string;
  changeLabel: string;
  seed: number;
  numRuns: number;
  timeBudgetMs: number;
  callTimeoutMs: number;
  call: SubjectCall;
  /** Inputs for the call; for members the constructor's plan comes first. */
  plan?: InputPlan;
  constructorPlan?: InputPlan;
  returnTypeText?: string;
  /** Compare with this baseline label ('HEAD'), or undefined for no behaviour comparison. */
  baselineLabel?: string;
  doctests: DoctestSpec[];
  /** Top-level value names of the file, for doctests that use them. */
  moduleNames: string[];
  imports: RuntimeImport[];
  replayCommand: string;
}

export interface WrittenTestFile {
  text: string;
  checks: CheckKind[];
}

const q = (text: string) => JSON.stringify(text);

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');
}

/** The call's argument tuple: one commented line per parameter, unless the plan chose generic
 *  instantiations jointly (`fc.oneof` of tuples), which must stay as the plan wrote them. */
function argumentsCode(plan: InputPlan): string[] {
  const perParameter = `fc.tuple(${plan.parameters.map((p) => p.arbitrary).join(', ')})`;
  if (plan.parameters.length > 0 && plan.tuple.replace(/\s+/g, '') === perParameter.replace(/\s+/g, '')) {
    return plan.parameters.map((p) => `${p.arbitrary}, // ${p.name}${p.optional ? '?' : ''}: ${p.typeText}`);
  }
  return [];
}

function inputsCode(spec: TestFileSpec): { inputs: string; examples: string } {
  const plan = spec.plan!;
  const perParameter = argumentsCode(plan);
  if (perParameter.length === 0 && plan.parameters.length > 0) {
    // Generic type parameters are chosen once per call: keep the plan's joint tuple.
    const signature = plan.parameters.map((p) => `${p.name}: ${p.typeText}`).join(', ');
    if (spec.call.construct) {
      const ctor = spec.constructorPlan!;
      const examples = `((init, calls) => calls.map((call) => [init[0] ?? [], ...call]))(${ctor.examples}, ${plan.examples})`;
      return { inputs: `fc.tuple(${ctor.tuple}, ${plan.tuple}).map(([init, call]) => [init, ...call]) /* (${signature}) */`, examples };
    }
    return { inputs: `${plan.tuple} /* (${signature}) */`, examples: plan.examples };
  }
  const params = perParameter;
  if (spec.call.construct) {
    const ctor = spec.constructorPlan!;
    const ctorParams = ctor.parameters.map((p) => `${p.name}: ${p.typeText}`).join(', ');
    params.unshift(`${ctor.tuple}, // new ${spec.call.member?.className ?? ''}(${ctorParams})`);
    // Each example of the call's arguments, on an instance built from the first constructor example.
    const examples = `((init, calls) => calls.map((call) => [init[0] ?? [], ...call]))(${ctor.examples}, ${plan.examples})`;
    return { inputs: `fc.tuple(\n${indent(params.join('\n'), '  ')}\n)`, examples };
  }
  if (params.length === 0) return { inputs: 'fc.tuple()', examples: '[]' };
  return { inputs: `fc.tuple(\n${indent(params.join('\n'), '  ')}\n)`, examples: plan.examples };
}

function doctestTest(spec: TestFileSpec, doctest: DoctestSpec): string {
  const used = spec.moduleNames.filter((name) => new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`).test(`${doctest.code}\n${doctest.expression}`));
  const body = [
    used.length > 0 ? `const { ${used.join(', ')} } = current;` : '',
    doctest.code.trim(),
    `return ${doctest.expression.trim().replace(/;$/, '')};`,
  ]
    .filter(Boolean)
    .join('\n');
  const expected =
    doctest.expected.kind === 'value'
      ? `{ value: () => (${doctest.expected.code}) }`
      : `{ throws: ${doctest.expected.code ? q(doctest.expected.code) : 'undefined'} }`;
  const example = `{ file: ${q(spec.file)}, line: ${doctest.line}, text: ${q(doctest.text)}, timeoutMs: ${spec.callTimeoutMs} }`;
  const title = `doctest: line ${doctest.line}: ${doctest.text.split('\n')[0].trim()}`;
  const isAsync = /\bawait\b/.test(`${doctest.code}\n${doctest.expression}`);
  return [
    `test(${q(title)}, (ctx) =>`,
    `  report(ctx, doctestCheck(${example}, ${isAsync ? 'async ' : ''}() => {`,
    indent(body, '    '),
    `  }, ${expected})));`,
  ].join('\n');
}

export function writeTestFile(spec: TestFileSpec): WrittenTestFile {
  const checks: CheckKind[] = [];
  const tests: string[] = [];
  const harnessNames = new Set(['report']);
  if (spec.plan) {
    harnessNames.add('defineSubject');
    checks.push('crash');
    harnessNames.add('crashCheck');
    tests.push(`test('crash: no runtime error on any input', (ctx) => report(ctx, crashCheck(subject)));`);
    if (spec.plan.returns && spec.returnTypeText) {
      checks.push('contract');
      harnessNames.add('contractCheck');
      harnessNames.add('v');
      tests.push(`test(${q(`contract: returns ${spec.returnTypeText}`)}, (ctx) => report(ctx, contractCheck(subject, ${q(spec.returnTypeText)})));`);
    }
    if (spec.baselineLabel) {
      checks.push('behavior-change');
      harnessNames.add('behaviorChangeCheck');
      tests.push(`test(${q(`behavior-change: same results as ${spec.baselineLabel}`)}, (ctx) => report(ctx, behaviorChangeCheck(subject)));`);
    }
  }
  for (const doctest of spec.doctests) {
    checks.push('doctest');
    harnessNames.add('doctestCheck');
    tests.push(doctestTest(spec, doctest));
  }

  const lines: string[] = [
    `// Vouch checks for \`${spec.qualifiedName}\` (${spec.relativePath}:${spec.line}), ${spec.changeLabel}.`,
    '// Generated into Vouch\'s cache for one run and rewritten on the next; the workspace is untouched.',
    `// Replay: ${spec.replayCommand}`,
    `import { describe, test } from 'vitest';`,
  ];
  if (spec.plan) lines.push(`import fc from 'fast-check';`);
  lines.push(`import { ${[...harnessNames].sort().join(', ')} } from '@vouch/harness';`);
  lines.push(`import * as current from ${q(`${spec.file}?vouch=current`)};`);
  if (spec.baselineLabel && spec.plan) lines.push(`import * as baseline from ${q(`${spec.file}?vouch=baseline`)};`);
  for (const imported of spec.imports) {
    const binding = imported.local === imported.name ? imported.name : `${imported.name} as ${imported.local}`;
    lines.push(`import { ${binding} } from ${q(imported.file)};`);
  }
  lines.push('');

  if (spec.plan) {
    const { inputs, examples } = inputsCode(spec);
    const fields = [
      `id: ${q(spec.id)},`,
      `callee: ${q(spec.call.callee)},`,
      `file: ${q(spec.file)},`,
      `userRoot: ${q(spec.root)},`,
      `seed: ${spec.seed},`,
      // Without parameters (and no instance to build) every run is the same call: once is enough.
      `numRuns: ${spec.plan.parameters.length === 0 && !spec.call.construct ? 1 : spec.numRuns},`,
      `timeBudgetMs: ${spec.timeBudgetMs},`,
      `callTimeoutMs: ${spec.callTimeoutMs},`,
      `inputs: ${inputs},`,
      `examples: ${examples},`,
      spec.call.construct ? `construct: ${spec.call.construct},` : '',
      `call: ${spec.call.call},`,
      spec.call.member ? `member: ${JSON.stringify(spec.call.member).replace(/"(\w+)":/g, '$1: ')},` : '',
      spec.plan.returns && spec.returnTypeText ? `returns: ${spec.plan.returns},` : '',
      spec.plan.returnsPromise ? 'returnsPromise: true,' : '',
      'current,',
      spec.baselineLabel ? 'baseline,' : '',
    ].filter(Boolean);
    lines.push(`const subject = defineSubject({\n${indent(fields.join('\n'), '  ')}\n});`, '');
  }
  lines.push(`describe(${q(`${spec.qualifiedName} (${spec.relativePath}:${spec.line})`)}, () => {`);
  lines.push(indent(tests.join('\n'), '  '));
  lines.push('});', '');
  return { text: lines.join('\n'), checks };
}
