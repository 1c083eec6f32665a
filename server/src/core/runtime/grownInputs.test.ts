import { describe, expect, it } from 'vitest';
import { grownInputs, MAX_GROWN_ITEMS } from './grownInputs';

describe('grown inputs', () => {
  it('concatenates lists and joins strings argument by argument, keeping other values from the first input', () => {
    const inputs: [number[], string, number][] = [
      [[1, 2], 'ab', 5],
      [[3], 'c', 6],
      [[4, 5, 6], 'defg', 7],
      [[], '', 8],
    ];
    expect(grownInputs(inputs, [2, 4])).toEqual([
      [[1, 2, 3], 'abc', 5],
      [[1, 2, 3, 4, 5, 6], 'abcdefg', 5],
    ]);
  });

  it('leaves tuples, literal strings of one length and fixed leading positions alone', () => {
    const inputs: [[number, number], 'EUR' | 'USD', string[]][] = [
      [[1, 2], 'EUR', ['a']],
      [[3, 4], 'USD', ['b', 'c']],
      [[5, 6], 'EUR', []],
    ];
    expect(grownInputs(inputs, [3])).toEqual([[[1, 2], 'EUR', ['a', 'b', 'c']]]);
    // A member's constructor arguments stay those of one instance.
    const members = [
      [['x'], [['add', [1]]], 2],
      [['y', 'z'], [['add', [3]], ['add', [4]]], 5],
    ];
    expect(grownInputs(members, [2], 1)).toEqual([[['x'], [['add', [1]], ['add', [3]], ['add', [4]]], 2]]);
  });

  it('stops a list of objects at MAX_GROWN_ITEMS, and lists of primitives and strings at ten times that', () => {
    const inputs = Array.from({ length: 1_000 }, (_, i) => [Array.from({ length: 10 + (i % 3) }, () => i), Array.from({ length: 5 + (i % 2) }, () => ({ i })), 'x'.repeat(100 + (i % 7))] as [number[], { i: number }[], string]);
    const [grown] = grownInputs(inputs, [1_000]);
    expect(grown[0]).toHaveLength(MAX_GROWN_ITEMS * 10);
    expect(grown[1]).toHaveLength(MAX_GROWN_ITEMS);
    expect(grown[2]).toHaveLength(MAX_GROWN_ITEMS * 10);
  });

  it('makes nothing from a single input or from inputs of different widths', () => {
    expect(grownInputs([[[1, 2]]], [1, 5])).toEqual([]);
    expect(grownInputs([[[1], 'a'], [[2, 3]]], [2])).toEqual([]);
    // Numbers only, or no arguments: nothing grows.
    expect(grownInputs([[1, 2], [3, 4]], [2])).toEqual([]);
    expect(grownInputs([[], []], [2])).toEqual([]);
  });
});
