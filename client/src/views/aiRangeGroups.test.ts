import { describe, expect, it } from 'vitest';
import { groupAiRanges, headsAndBodies, linesOf, mergeLines } from './aiRangeGroups';
import { declaration, range } from './verdictFixtures';

describe('AI-edit ranges grouped by state', () => {
  it('gives each AI-edited line the group of the declaration that holds it', () => {
    const groups = groupAiRanges({
      declarations: [declaration('total', 0, 5, { state: 'failed' }), declaration('format', 7, 9, { state: 'verified' }), declaration('parse', 11, 14, { state: 'pending' })],
      aiRanges: [range(2, 4, 4, 10), range(8, 0, 9, 3), range(12, 0, 12, 8)],
    });
    expect(groups).toEqual({
      failed: [{ startLine: 2, endLine: 4, qualifiedName: 'total' }],
      verified: [{ startLine: 8, endLine: 9, qualifiedName: 'format' }],
      pending: [{ startLine: 12, endLine: 12, qualifiedName: 'parse' }],
      marked: [],
    });
  });

  it('splits a range that spans declarations, and marks lines outside every declaration', () => {
    const groups = groupAiRanges({
      declarations: [declaration('a', 1, 3, { state: 'changed' }), declaration('b', 4, 6, { state: 'unverifiable' }), declaration('c', 8, 9, { state: 'accepted' })],
      aiRanges: [range(0, 0, 10, 0)],
    });
    expect(groups.marked).toEqual([{ startLine: 0, endLine: 0 }, { startLine: 7, endLine: 7 }]);
    // Two declarations of one group still get a span (and a head icon) each.
    expect(groups.failed).toEqual([{ startLine: 1, endLine: 3, qualifiedName: 'a' }, { startLine: 4, endLine: 6, qualifiedName: 'b' }]);
    expect(groups.verified).toEqual([{ startLine: 8, endLine: 9, qualifiedName: 'c' }]);
  });

  it('takes the innermost declaration (a method inside a class-like holder)', () => {
    const groups = groupAiRanges({
      declarations: [declaration('outer', 0, 20, { state: 'verified' }), declaration('Cart.total', 5, 8, { state: 'failed' })],
      aiRanges: [range(4, 0, 6, 5)],
    });
    expect(groups.verified).toEqual([{ startLine: 4, endLine: 4, qualifiedName: 'outer' }]);
    expect(groups.failed).toEqual([{ startLine: 5, endLine: 6, qualifiedName: 'Cart.total' }]);
  });

  it('marks everything when no declaration has a state (an untrusted workspace)', () => {
    expect(groupAiRanges({ declarations: [], aiRanges: [range(3, 0, 5, 2), range(5, 0, 6, 0)] }).marked).toEqual([{ startLine: 3, endLine: 5 }]);
  });

  it('does not count the line a range ends on at column 0, and merges touching ranges', () => {
    expect(linesOf(range(2, 0, 5, 0))).toEqual([2, 4]);
    expect(linesOf(range(2, 3, 2, 3))).toEqual([2, 2]);
    expect(mergeLines([[8, 9], [1, 2], [3, 4], [2, 2]])).toEqual([[1, 4], [8, 9]]);
  });

  it('puts the state icon on the first line of a span and a bar on the rest', () => {
    const { heads, bodies } = headsAndBodies([{ startLine: 2, endLine: 4, qualifiedName: 'a' }, { startLine: 7, endLine: 7 }]);
    expect(heads).toEqual([{ startLine: 2, endLine: 2, qualifiedName: 'a' }, { startLine: 7, endLine: 7 }]);
    expect(bodies).toEqual([{ startLine: 3, endLine: 4, qualifiedName: 'a' }]);
  });
});
