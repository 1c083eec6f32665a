import { describe, it, expect } from 'vitest';
import {
  addTax,
  applyDiscount,
  bulkPrice,
  cheapestItem,
  lineTotal,
  subtotal,
  taxFor,
  tierDiscount,
  type LineItem,
} from '../src/pricing';

const basket: LineItem[] = [
  { sku: 'TEA-01', unitPrice: 4.5, quantity: 2 },
  { sku: 'MUG-02', unitPrice: 12, quantity: 1 },
  { sku: 'BOOK-7', unitPrice: 20, quantity: 1, taxable: false },
];

describe('bulkPrice', () => {
  it('charges full price for small orders', () => {
    expect(bulkPrice(3, 4)).toBe(12);
  });

  it('applies the quantity tiers', () => {
    expect(bulkPrice(1, 20)).toBe(19);
    expect(bulkPrice(1, 60)).toBe(54);
    expect(bulkPrice(1, 200)).toBe(170);
  });

  it('rejects negative quantities', () => {
    expect(() => bulkPrice(1, -1)).toThrow(RangeError);
  });
});

describe('discounts and tax', () => {
  it('knows the tier rates', () => {
    expect(tierDiscount('gold')).toBe(0.1);
    expect(tierDiscount('regular')).toBe(0);
  });

  it('takes a discount off', () => {
    expect(applyDiscount(50, 0.1)).toBe(45);
    expect(() => applyDiscount(50, 1.5)).toThrow(RangeError);
  });

  it('adds tax', () => {
    expect(addTax(10, 0.2)).toBe(12);
  });
});

describe('order lines', () => {
  it('totals a line', () => {
    expect(lineTotal({ sku: 'X', unitPrice: 0.1, quantity: 3 })).toBe(0.3);
  });

  it('adds up the basket', () => {
    expect(subtotal(basket)).toBe(41);
    expect(subtotal([])).toBe(0);
  });

  it('taxes only taxable lines', () => {
    expect(taxFor(basket, 0.1)).toBe(2.1);
  });

  it('finds the cheapest line', () => {
    expect(cheapestItem(basket)?.sku).toBe('TEA-01');
  });
});
