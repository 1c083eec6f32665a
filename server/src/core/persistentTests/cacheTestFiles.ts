// The two test files "Generate tests" runs in Vouch's cache folder (never in the workspace), in the
// sandboxed runner: one that calls a declaration on chosen inputs and records what the current
// code does, and one that runs the tests about to be written, as they will be written, so that
// only tests that pass on the current code reach the workspace.
import * as path from 'node:path';
import { subjectInputs } from '../generate/subjectInputs';
import type { InputPlan } from '../inputs/inputPlan';
import type { GeneratedTest } from './generatedTest';
import type { GenerationSubject } from './generationSubjects';

const q = (text: string) => JSON.stringify(text);

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');
}

export interface CharacterizationOptions {
  root: string;
  file: string;
  relativePath: string;
  /** Random inputs after the plan's edge values. */
  random: number;
  callTimeoutMs: number;
}

/**
 * Edge examples of a member: each example of its arguments on an instance from the first
 * constructor example, then each other constructor example with the first arguments.
 */
function memberExamples(constructorPlan: InputPlan, plan: InputPlan): string {
  return [
    `((inits, calls) => [`,
    `  ...(calls.length > 0 ? calls : [[]]).map((call) => [inits[0] ?? [], [], ...call]),`,
    `  ...inits.slice(1).map((init) => [init, [], ...(calls[0] ?? [])]),`,
    `])(${constructorPlan.examples}, ${plan.examples})`,
  ].join('\n');
}

export function characterizationFileText(subject: GenerationSubject, options: CharacterizationOptions): string | undefined {
  if ('reason' in subject.cache) return undefined;
  const { plan, constructorPlan, refs } = subject.cache;
  const member = constructorPlan ? { className: subject.head, constructorPlan, setup: [] } : undefined;
  const { inputs } = subjectInputs(plan, member);
  const examples = constructorPlan ? memberExamples(constructorPlan, plan) : plan.parameters.length === 0 ? '[[]]' : plan.examples;
  const fields = [
    `id: ${q(subject.id)},`,
    `callee: ${q(subject.call.callee)},`,
    `userRoot: ${q(options.root)},`,
    `seed: ${subject.seed},`,
    `random: ${plan.parameters.length === 0 && !constructorPlan ? 0 : options.random},`,
    `callTimeoutMs: ${options.callTimeoutMs},`,
    `inputs: ${inputs},`,
    `examples: ${examples},`,
    subject.call.construct ? `construct: ${subject.call.construct},` : '',
    `call: ${subject.call.call},`,
    subject.call.member ? `member: { getter: ${subject.call.member.getter === true} },` : '',
    `spreadLast: ${plan.spreadLast},`,
    'current,',
  ].filter(Boolean);
  const lines = [
    `// Vouch: \`${subject.declaration.qualifiedName}\` (${options.relativePath}) called on chosen inputs, to record what the current code does.`,
    '// Generated into Vouch\'s cache for "Generate tests"; the workspace is untouched.',
    `import { test } from 'vitest';`,
    `import fc from 'fast-check';`,
    `import { ${subject.call.construct ? 'applyCalls, ' : ''}characterizeExamples } from '@vouch/harness';`,
    `import * as current from ${q(`${options.file}?vouch=current`)};`,
    ...refs.imports.map((i) => `import { ${i.local === i.name ? i.name : `${i.name} as ${i.local}`} } from ${q(i.file)};`),
    '',
    // No vitest timeout: each call has its own.
    `test('characterize', { timeout: 0 }, (ctx) =>`,
    `  characterizeExamples(ctx, {`,
    indent(fields.join('\n'), '    '),
    '  }));',
    '',
  ];
  return lines.join('\n');
}

/**
 * The tests about to be written, each wrapped so a hang is caught and named. Names the workspace
 * file imports from the subject's module come from `current` (the module as the editor has it).
 */
export function confirmationFileText(subject: GenerationSubject, tests: readonly GeneratedTest[], file: string): string {
  const imports = new Map<string, { name: string; local: string }>();
  for (const test of tests) for (const i of test.imports) imports.set(`${i.file}\0${i.name}`, i);
  const fromSubject: string[] = [];
  const fromOthers: string[] = [];
  for (const [key, i] of imports) {
    const importedFile = key.slice(0, key.indexOf('\0'));
    if (path.resolve(importedFile) === path.resolve(file)) fromSubject.push(i.local === i.name ? i.name : `${i.name}: ${i.local}`);
    else fromOthers.push(`import { ${i.name === 'default' || i.local !== i.name ? `${i.name} as ${i.local}` : i.name} } from ${q(importedFile)};`);
  }
  const lines = [
    `// Vouch: the tests "Generate tests" is about to write for \`${subject.declaration.qualifiedName}\`, run once on the current code.`,
    `import { describe, expect, it } from 'vitest';`,
    `import fc from 'fast-check';`,
    `import { confirmGenerated } from '@vouch/harness';`,
    `import * as current from ${q(`${file}?vouch=current`)};`,
    ...fromOthers,
    fromSubject.length > 0 ? `const { ${fromSubject.join(', ')} } = current;` : '',
    '',
  ];
  for (const test of tests) {
    lines.push(`it(${q(test.id)}, (ctx) =>`);
    lines.push(`  confirmGenerated(ctx, ${q(subject.id)}, async () => {`);
    lines.push(indent(test.body.join('\n'), '    '));
    lines.push('  }));', '');
  }
  return lines.join('\n');
}
