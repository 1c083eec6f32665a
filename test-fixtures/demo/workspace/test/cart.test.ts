import { describe, it, expect } from 'vitest';
import { Cart } from '../src/cart';
import { Currency } from '../src/money';

describe('Cart', () => {
  it('starts empty', () => {
    const cart = new Cart();
    expect(cart.isEmpty).toBe(true);
    expect(cart.itemCount).toBe(0);
    expect(cart.total()).toBe(0);
  });

  it('merges lines with the same SKU', () => {
    const cart = new Cart()
      .add({ sku: 'TEA-01', unitPrice: 4.5, quantity: 2 })
      .add({ sku: 'TEA-01', unitPrice: 4.5, quantity: 1 });
    expect(cart.itemCount).toBe(3);
    expect(cart.receipt()).toHaveLength(1);
  });

  it('rejects empty lines', () => {
    expect(() => new Cart().add({ sku: 'X', unitPrice: 1, quantity: 0 })).toThrow(RangeError);
  });

  it('removes lines', () => {
    const cart = Cart.fromItems([{ sku: 'MUG-02', unitPrice: 12, quantity: 1 }]);
    expect(cart.remove('MUG-02')).toBe(true);
    expect(cart.remove('MUG-02')).toBe(false);
    expect(cart.isEmpty).toBe(true);
  });

  it('totals with loyalty discount and tax', () => {
    const cart = Cart.fromItems([
      { sku: 'TEA-01', unitPrice: 10, quantity: 2 },
      { sku: 'BOOK-7', unitPrice: 30, quantity: 1, taxable: false },
    ]);
    expect(cart.total()).toBe(50);
    expect(cart.total('gold', 0.2)).toBe(48.6);
  });

  it('summarises itself', () => {
    const cart = Cart.fromItems([{ sku: 'MUG-02', unitPrice: 1250, quantity: 2 }], Currency.EUR);
    expect(cart.summary()).toBe('2 items, €2,500.00');
  });
});
