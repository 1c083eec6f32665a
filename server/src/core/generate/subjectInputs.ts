// The input tuple of a generated test, written as code. For a function: its arguments. For a
// member of an instance: the constructor's arguments, a short sequence of calls to the class's
// other public methods made on the instance first (so methods meet instances with state, not only
// fresh ones), then the member's own arguments.
import type { InputPlan } from '../inputs/inputPlan';

/** A public method the instance may receive before the call under test. */
export interface SetupMethod {
  name: string;
  tuple: string;
  signature: string;
}

export interface MemberInputs {
  className: string;
  constructorPlan: InputPlan;
  setup: SetupMethod[];
}

/** Longest sequence of setup calls before the call under test. */
export const MAX_SETUP_CALLS = 4;

function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');
}

/** One commented line per parameter, unless the plan chose generic instantiations jointly. */
function argumentLines(plan: InputPlan): string[] | undefined {
  const perParameter = `fc.tuple(${plan.parameters.map((p) => p.arbitrary).join(', ')})`;
  if (plan.parameters.length > 0 && plan.tuple.replace(/\s+/g, '') !== perParameter.replace(/\s+/g, '')) return undefined;
  return plan.parameters.map((p) => `${p.arbitrary}, // ${p.name}${p.optional ? '?' : ''}: ${p.typeText}`);
}

function signatureOf(plan: InputPlan): string {
  return plan.parameters.map((p) => `${p.name}: ${p.typeText}`).join(', ');
}

function setupArbitrary(member: MemberInputs): string {
  if (member.setup.length === 0) return 'fc.constant([]), // no other public methods to call first';
  const calls = member.setup.map((m) => `fc.tuple(fc.constant(${JSON.stringify(m.name)}), ${m.tuple}), // ${m.name}(${m.signature})`);
  return `fc.array(fc.oneof(\n${indent(calls.join('\n'))}\n), { maxLength: ${MAX_SETUP_CALLS} }), // calls made on the instance first`;
}

export function subjectInputs(plan: InputPlan, member: MemberInputs | undefined): { inputs: string; examples: string } {
  const lines = argumentLines(plan);
  if (!member) {
    if (plan.parameters.length === 0) return { inputs: 'fc.tuple()', examples: '[]' };
    if (!lines) return { inputs: `${plan.tuple} /* (${signatureOf(plan)}) */`, examples: plan.examples };
    return { inputs: `fc.tuple(\n${indent(lines.join('\n'))}\n)`, examples: plan.examples };
  }
  const ctor = member.constructorPlan;
  const head = [`${ctor.tuple}, // new ${member.className}(${signatureOf(ctor)})`, setupArbitrary(member)];
  // Each example of the member's arguments, on a fresh instance from the first constructor example.
  const examples = `((init, calls) => calls.map((call) => [init[0] ?? [], [], ...call]))(${ctor.examples}, ${plan.examples})`;
  if (!lines) {
    const inputs = `fc.tuple(\n${indent([...head, `${plan.tuple}, // (${signatureOf(plan)})`].join('\n'))}\n).map(([init, setup, call]) => [init, setup, ...call])`;
    return { inputs, examples };
  }
  return { inputs: `fc.tuple(\n${indent([...head, ...lines].join('\n'))}\n)`, examples };
}
