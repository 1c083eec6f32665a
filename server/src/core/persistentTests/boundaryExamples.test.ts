import { describe, expect, it } from 'vitest';
import type { CharacterizedExample } from '../runtime/characterizeMeta';
import { boundaryExamples } from './boundaryExamples';

const value = (args: string[], code: string): CharacterizedExample => ({ source: 'edge', args, outcome: { kind: 'value', async: false, code, matcher: 'toBe' } as CharacterizedExample['outcome'] });

describe('boundaryExamples', () => {
  it('finds the two calls on each side of a step in the answers, not an even progression', () => {
    const examples = [
      value(['9', '1'], '9'), value(['10', '1'], '10'), value(['11', '1'], '11'), // unit price: even steps
      value(['1', '9'], '9'), value(['1', '10'], '9.5'), value(['1', '11'], '10.45'), // qty: a step at 10
    ];
    expect(boundaryExamples(examples, [9, 10, 11]).map((e) => e.args)).toEqual([['1', '9'], ['1', '10']]);
  });

  it('finds a step in non-numeric answers (two of three agree), and nothing without neighbours', () => {
    const examples = [value(['4'], "'small'"), value(['5'], "'large'"), value(['6'], "'large'")];
    expect(boundaryExamples(examples, [5]).map((e) => e.args)).toEqual([['4'], ['5']]);
    expect(boundaryExamples([value(['5'], "'large'")], [5])).toEqual([]);
  });
});
