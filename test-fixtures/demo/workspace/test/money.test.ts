import { describe, it, expect } from 'vitest';
import { Currency, formatMoney, parseMoney, roundCents, splitEvenly } from '../src/money';

describe('roundCents', () => {
  it('rounds half cents up', () => {
    expect(roundCents(1.005)).toBe(1.01);
    expect(roundCents(19.994)).toBe(19.99);
  });

  it('keeps whole amounts', () => {
    expect(roundCents(42)).toBe(42);
  });
});

describe('formatMoney', () => {
  it('groups thousands and shows cents', () => {
    expect(formatMoney(1234567.891)).toBe('$1,234,567.89');
  });

  it('uses the currency symbol', () => {
    expect(formatMoney(5, Currency.GBP)).toBe('£5.00');
    expect(formatMoney(980, Currency.JPY)).toBe('¥980');
  });

  it('refuses NaN', () => {
    expect(() => formatMoney(Number.NaN)).toThrow(RangeError);
  });
});

describe('parseMoney', () => {
  it('reads symbols and separators', () => {
    expect(parseMoney('$1,234.50')).toBe(1234.5);
    expect(parseMoney(' 12 ')).toBe(12);
  });

  it('rejects text that is not money', () => {
    expect(() => parseMoney('twelve')).toThrow(SyntaxError);
    expect(() => parseMoney('1.234')).toThrow(SyntaxError);
  });
});

describe('splitEvenly', () => {
  it('gives the leftover cents to the first shares', () => {
    expect(splitEvenly(10, 3)).toEqual([3.34, 3.33, 3.33]);
  });

  it('splits evenly when it can', () => {
    expect(splitEvenly(9, 3)).toEqual([3, 3, 3]);
  });

  it('needs at least one part', () => {
    expect(() => splitEvenly(10, 0)).toThrow(RangeError);
  });
});
