import { describe, expect, it } from 'vitest';
import { addMoney, allocate, compound, convert, formatMoney, parseAmount, percentOf, toCents, withTax } from '../src/money';

describe('toCents', () => {
  it('rounds to cents', () => {
    expect(toCents(12.345)).toBe(1235);
    expect(toCents(-1.5)).toBe(-150);
  });
});

describe('formatMoney', () => {
  it('formats dollars and euros', () => {
    expect(formatMoney({ cents: 123450, currency: 'USD' })).toBe('$1,234.50');
    expect(formatMoney({ cents: -300, currency: 'EUR' })).toBe('-€3.00');
  });
  it('formats yen without decimals', () => {
    expect(formatMoney({ cents: 150000, currency: 'JPY' })).toBe('¥1,500');
  });
});

describe('addMoney', () => {
  it('adds amounts', () => {
    expect(addMoney([{ cents: 100, currency: 'EUR' }, { cents: 250, currency: 'EUR' }], 'EUR')).toEqual({ cents: 350, currency: 'EUR' });
  });
  it('refuses mixed currencies', () => {
    expect(() => addMoney([{ cents: 1, currency: 'USD' }], 'EUR')).toThrow();
  });
});

describe('allocate', () => {
  it('splits evenly with the remainder first', () => {
    expect(allocate(100, 3)).toEqual([34, 33, 33]);
  });
});

describe('percentOf and withTax', () => {
  it('computes percentages', () => {
    expect(percentOf(2000, 15)).toBe(300);
    expect(withTax(1000, 0.2)).toBe(1200);
  });
});

describe('convert', () => {
  it('converts with a rate', () => {
    expect(convert({ cents: 1000, currency: 'USD' }, 'EUR', 0.9)).toEqual({ cents: 900, currency: 'EUR' });
  });
});

describe('compound', () => {
  it('grows yearly', () => {
    expect(compound(10000, 0.1, 2)).toBe(12100);
  });
});

describe('parseAmount', () => {
  it('reads amounts', () => {
    expect(parseAmount('$12.50')).toBe(1250);
    expect(parseAmount('abc')).toBeNull();
  });
});
