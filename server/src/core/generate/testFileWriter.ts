// Writes the vitest file that checks one declaration. It is meant to be read: a person who opens
// it sees what inputs were generated from which parameter types, how the declaration is called,
// and one test per check.
import type { CheckKind } from '../model';
import type { InputPlan } from '../inputs/inputPlan';
import type { RuntimeImport } from './runtimeRefs';
import type { SubjectCall } from './subjectCall';
import { subjectInputs } from './subjectInputs';
import type { MemberInputs } from './subjectInputs';

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
  /** Inputs for the call. */
  plan?: InputPlan;
  /** For members of an instance: how the instance is built and prepared. */
  member?: MemberInputs;
  returnTypeText?: string;
  /** Compare with this baseline label ('HEAD'), or undefined for no behaviour comparison. */
  baselineLabel?: string;
  /** The old version takes only this many of the arguments (the new ones are optional). */
  baselineArity?: number;
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
  if (spec.call.construct) harnessNames.add('applyCalls');
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
      checks.push('slowdown');
      harnessNames.add('slowdownCheck');
      tests.push(`test(${q(`slowdown: not several times slower than ${spec.baselineLabel}`)}, (ctx) => report(ctx, slowdownCheck(subject)));`);
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
    const { inputs, examples } = subjectInputs(spec.plan, spec.member);
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
      spec.call.member ? `member: ${JSON.stringify({ ...spec.call.member, setup: true }).replace(/"(\w+)":/g, '$1: ')},` : '',
      spec.plan.returns && spec.returnTypeText ? `returns: ${spec.plan.returns},` : '',
      spec.plan.returnsPromise ? 'returnsPromise: true,' : '',
      spec.plan.returnedCallArguments ? `probeInputs: ${spec.plan.returnedCallArguments}, // arguments for the function it returns` : '',
      'current,',
      spec.baselineLabel ? 'baseline,' : '',
      spec.baselineLabel && spec.baselineArity !== undefined ? `baselineArity: ${spec.baselineArity},` : '',
    ].filter(Boolean);
    lines.push(`const subject = defineSubject({\n${indent(fields.join('\n'), '  ')}\n});`, '');
  }
  // No vitest timeout: each call has its own, and the checks have a time budget.
  lines.push(`describe(${q(`${spec.qualifiedName} (${spec.relativePath}:${spec.line})`)}, { timeout: 0 }, () => {`);
  lines.push(indent(tests.join('\n'), '  '));
  lines.push('});', '');
  return { text: lines.join('\n'), checks };
}
