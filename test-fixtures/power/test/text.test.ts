import { describe, expect, it } from 'vitest';
import { camelToKebab, capitalizeWords, countWords, initials, isPalindrome, kebabToCamel, padCenter, slugify, truncate, wrapText } from '../src/text';

describe('slugify', () => {
  it('makes a url-friendly slug', () => {
    expect(slugify('Hello, World!')).toBe('hello-world');
    expect(slugify('  Vouch 2.0  ')).toBe('vouch-2-0');
  });
});

describe('truncate', () => {
  it('keeps short text', () => {
    expect(truncate('short', 10)).toBe('short');
  });
  it('cuts long text with an ellipsis', () => {
    expect(truncate('a long sentence', 6)).toBe('a lon…');
  });
});

describe('capitalizeWords', () => {
  it('capitalizes each word', () => {
    expect(capitalizeWords('the quick fox')).toBe('The Quick Fox');
  });
});

describe('countWords', () => {
  it('counts words', () => {
    expect(countWords('one two  three')).toBe(3);
    expect(countWords('   ')).toBe(0);
  });
});

describe('camelToKebab and kebabToCamel', () => {
  it('convert between the styles', () => {
    expect(camelToKebab('backgroundColor')).toBe('background-color');
    expect(kebabToCamel('background-color')).toBe('backgroundColor');
  });
});

describe('padCenter', () => {
  it('centres text', () => {
    expect(padCenter('ab', 6)).toBe('  ab  ');
    expect(padCenter('toolong', 3)).toBe('toolong');
  });
});

describe('isPalindrome', () => {
  it('recognizes palindromes', () => {
    expect(isPalindrome('A man, a plan, a canal: Panama')).toBe(true);
    expect(isPalindrome('vouch')).toBe(false);
  });
});

describe('initials', () => {
  it('takes first letters', () => {
    expect(initials('Ada Lovelace')).toBe('AL');
  });
});

describe('wrapText', () => {
  it('wraps at spaces', () => {
    expect(wrapText('the quick brown fox', 10)).toEqual(['the quick', 'brown fox']);
  });
});
