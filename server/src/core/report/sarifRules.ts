// One SARIF rule per check kind (and one for declarations that could not be verified): the id is
// the kind, as in the editor's diagnostic codes; the help says what the check does, why it fired
// and how to reproduce it.
import type { ReportingDescriptor } from 'sarif';
import type { RuleId, Severity } from './reportedFindings';
import { levelOf } from './reportedFindings';

interface RuleText {
  name: string;
  short: string;
  full: string;
  fix: string;
}

const REPLAY = 'Every result carries the command that replays it locally (`vouch verify <file> --only <declaration> --seed <seed>`): the same seed tries the same inputs in the same order and reaches the same counterexample.';

export const RULES: Record<RuleId, RuleText> = {
  crash: {
    name: 'Crash',
    short: 'The function throws a native runtime error on an input its types allow.',
    full: 'Vouch generated inputs from the parameter types and the new version threw a TypeError, RangeError, ReferenceError or another native error. Errors the code throws on purpose, and crashes the old version had on the same input, are not reported.',
    fix: 'Handle the input shown (an empty array, NaN, an empty string…) or narrow the parameter type so callers cannot pass it.',
  },
  contract: {
    name: 'ContractViolation',
    short: 'The function returns a value outside its declared return type.',
    full: 'The value returned for the input shown does not match the declared return type (for example `undefined` from a function declared to return `number`).',
    fix: 'Return a value of the declared type for that input, or declare the type the function really returns.',
  },
  hang: {
    name: 'Hang',
    short: 'A call does not answer within the time budget.',
    full: 'A synchronous loop or a promise that never settles kept the call from returning within the time budget; the runner stopped it and names the input.',
    fix: 'Look for a loop whose exit condition the input never reaches, or raise `timeoutMs` when the work is legitimately slow.',
  },
  'behavior-change': {
    name: 'BehaviorChange',
    short: 'Old and new versions answer differently on the same input.',
    full: 'The version in the pull request and the version at the base answered differently (return value, thrown error, settled promise, instance state or mutated argument) on the input shown. Nondeterministic answers are filtered out and numbers compare with a tolerance.',
    fix: 'If the change is intended, review and accept it; otherwise make the new version answer as the old one did for that input.',
  },
  doctest: {
    name: 'DoctestFailure',
    short: 'A JSDoc @example no longer holds.',
    full: 'An `@example` in the declaration\'s documentation gives a different result with the new code.',
    fix: 'Update the example if the new result is right, or fix the code.',
  },
  'related-test': {
    name: 'RelatedTestFailure',
    short: 'An existing test of the workspace that imports the changed module now fails.',
    full: 'A vitest or jest test of the workspace that imports the changed module (directly or through other modules) fails with the change and passed without it.',
    fix: 'Run the named test locally and fix the code or the test.',
  },
  slowdown: {
    name: 'Slowdown',
    short: 'The new version is several times slower than the old on the same inputs.',
    full: 'Timed on the same generated inputs, the new version took several times longer than the old one.',
    fix: 'Look for work repeated inside a loop or a lost early exit.',
  },
  unverifiable: {
    name: 'Unverifiable',
    short: 'Vouch could not verify the declaration.',
    full: 'The declaration could not be checked: it needs the network, starts processes or writes files (blocked by the sandbox), or a parameter type cannot be generated. The message says which.',
    fix: 'Allow what it needs in `vouch.config.json` (`sandbox.allowHosts`, `sandbox.allowWrite`) when that is safe, or verify it by other means.',
  },
};

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function sarifRules(severity: Severity): ReportingDescriptor[] {
  return RULE_IDS.map((id) => {
    const rule = RULES[id];
    const level = levelOf(id === 'unverifiable' ? 'unverified' : id, severity);
    return {
      id,
      name: rule.name,
      shortDescription: { text: rule.short },
      fullDescription: { text: rule.full },
      help: { text: `${rule.full}\n\n${rule.fix}\n\n${REPLAY}`, markdown: `${rule.full}\n\n**Fix:** ${rule.fix}\n\n${REPLAY}` },
      defaultConfiguration: { level },
      properties: { tags: ['vouch', id === 'unverifiable' ? 'coverage' : 'correctness'] },
    };
  });
}
