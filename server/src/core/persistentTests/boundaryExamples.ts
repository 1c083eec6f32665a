// Examples at the function's own boundaries. For each constant of its body (`qty >= 10` gives 10)
// and each parameter, the calls at c-1, c and c+1 (all else equal) are looked at together: where
// the answer steps there (9, 9.5, 10.45 instead of the even 9, 10, 11), the calls on both sides of
// the step pin the boundary down, and a test file that has them fails when it moves.
import type { CharacterizedExample } from '../runtime/characterizeMeta';

function outcomeText(example: CharacterizedExample): string {
  const o = example.outcome;
  return o.kind === 'value' ? `${o.code}|${o.state ?? ''}` : `throws ${o.errorName ?? ''}`;
}

/** Numbers step unevenly; other answers step when exactly two of three agree. */
function steps(before: CharacterizedExample, at: CharacterizedExample, after: CharacterizedExample): boolean {
  const values = [before, at, after].map((e) => (e.outcome.kind === 'value' && !e.outcome.state ? Number(e.outcome.code) : Number.NaN));
  if (values.every((v) => Number.isFinite(v))) {
    const [a, b, c] = values;
    return Math.abs(b - a - (c - b)) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b), Math.abs(c));
  }
  const texts = new Set([before, at, after].map(outcomeText));
  return texts.size === 2;
}

/** The calls on both sides of each step, at most `limit`. */
export function boundaryExamples(examples: readonly CharacterizedExample[], constants: readonly number[], limit = 4): CharacterizedExample[] {
  const found: CharacterizedExample[] = [];
  const byArgs = new Map(examples.map((e) => [[...(e.init ?? []), '|', ...e.args].join('\u0000'), e]));
  const lookup = (template: CharacterizedExample, position: number, value: number) => {
    const args = template.args.map((arg, i) => (i === position ? String(value) : arg));
    return byArgs.get([...(template.init ?? []), '|', ...args].join('\u0000'));
  };
  for (const c of constants.filter((n) => Math.abs(n) > 2 && Number.isInteger(n))) {
    for (const template of examples) {
      template.args.forEach((arg, position) => {
        if (arg !== String(c) || found.length >= limit) return;
        const before = lookup(template, position, c - 1);
        const after = lookup(template, position, c + 1);
        if (!before || !after || !steps(before, template, after)) return;
        for (const side of [before, template]) if (!found.includes(side)) found.push(side);
      });
    }
  }
  return found.slice(0, limit);
}
