import { describe, it, expect } from 'vitest';
import { pluralize, slugify, titleCase, truncate, wordWrap } from '../src/text';

describe('slugify', () => {
  it('makes URL slugs', () => {
    expect(slugify('Hello World')).toBe('hello-world');
    expect(slugify('Jalapeño Salsa (Hot!)')).toBe('jalapeno-salsa-hot');
  });
});

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('Mug', 5)).toBe('Mug');
  });

  it('cuts long text with an ellipsis', () => {
    expect(truncate('Stainless steel bottle', 12)).toBe('Stainless s…');
    expect(truncate('Stainless steel bottle', 12, '...')).toBe('Stainless...');
  });
});

describe('wordWrap', () => {
  it('wraps at spaces', () => {
    expect(wordWrap('free shipping on orders over fifty dollars', 16)).toEqual([
      'free shipping on',
      'orders over',
      'fifty dollars',
    ]);
  });

  it('gives no lines for blank text', () => {
    expect(wordWrap('   ', 10)).toEqual([]);
  });
});

describe('titleCase', () => {
  it('capitalises words but not joining words', () => {
    expect(titleCase('a tale of two cities')).toBe('A Tale of Two Cities');
  });
});

describe('pluralize', () => {
  it('picks the noun form', () => {
    expect(pluralize(1, 'item')).toBe('1 item');
    expect(pluralize(0, 'item')).toBe('0 items');
  });
});
