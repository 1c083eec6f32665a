import { describe, expect, it } from 'vitest';
import { buildUrl, formatBytes, formatClock, formatList, formatName, formatNumber, paginate, pluralize } from '../src/formatting';

describe('formatName', () => {
  it('formats names', () => {
    expect(formatName({ first: 'Ada', middle: 'Byron', last: 'Lovelace', title: 'Dr.' })).toBe('Dr. Ada Byron Lovelace');
    expect(formatName({ first: 'Ada', middle: 'Byron', last: 'Lovelace' }, { lastFirst: true, initialMiddle: true })).toBe('Lovelace, Ada B.');
  });
});

describe('formatList', () => {
  it('joins lists', () => {
    expect(formatList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(formatList(['a', 'b', 'c'], { conjunction: 'or', oxfordComma: true })).toBe('a, b, or c');
    expect(formatList(['a'])).toBe('a');
  });
});

describe('buildUrl', () => {
  it('builds urls', () => {
    expect(buildUrl('https://x.dev/', { path: '/docs', query: { q: 'a b', page: 2 }, hash: 'top' })).toBe('https://x.dev/docs?page=2&q=a%20b#top');
  });
});

describe('paginate', () => {
  it('pages items', () => {
    const page = paginate([1, 2, 3, 4, 5], 2, 2);
    expect(page).toEqual({ items: [3, 4], page: 2, pages: 3, hasNext: true });
  });
});

describe('formatNumber', () => {
  it('groups and rounds', () => {
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(-1.5, { decimals: 0 })).toBe('-2');
  });
});

describe('pluralize', () => {
  it('picks the form', () => {
    expect(pluralize(1, 'item')).toBe('1 item');
    expect(pluralize(3, 'box', { plural: 'boxes' })).toBe('3 boxes');
  });
});

describe('formatBytes', () => {
  it('formats sizes', () => {
    expect(formatBytes(1500)).toBe('1.5 KB');
    expect(formatBytes(2048, true)).toBe('2 KiB');
  });
});

describe('formatClock', () => {
  it('formats times', () => {
    expect(formatClock(14, 5)).toBe('14:05');
    expect(formatClock(14, 5, true)).toBe('2:05 PM');
  });
});
