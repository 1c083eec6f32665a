// Prices, discounts and taxes for order lines.
import { roundCents } from './money';

export type CustomerTier = 'regular' | 'silver' | 'gold';

export interface LineItem {
  sku: string;
  unitPrice: number;
  quantity: number;
  /** Items are taxable unless marked otherwise (books, gift cards). */
  taxable?: boolean;
}

/**
 * Price of `qty` units with the quantity discount: 5% from 10 units, 10% from 50, 15% from 100.
 *
 * @example
 * bulkPrice(2, 9); // Returns: 18
 * bulkPrice(2, 50) // => 90
 */
export function bulkPrice(unitPrice: number, qty: number): number {
  if (!Number.isInteger(qty) || qty < 0) throw new RangeError('qty must be a non-negative integer');
  const rate = qty >= 100 ? 0.15 : qty >= 50 ? 0.1 : qty > 10 ? 0.05 : 0;
  return roundCents(unitPrice * qty * (1 - rate));
}

/** Loyalty discount rate of a customer tier. */
export function tierDiscount(tier: CustomerTier): number {
  switch (tier) {
    case 'gold':
      return 0.1;
    case 'silver':
      return 0.05;
    case 'regular':
      return 0;
  }
}

/**
 * Takes a discount rate between 0 and 1 off an amount.
 *
 * @example
 * applyDiscount(80, 0.25) // => 60
 */
export function applyDiscount(amount: number, rate: number): number {
  if (rate < 0 || rate > 1) throw new RangeError(`discount rate out of range: ${rate}`);
  return roundCents(amount * (1 - rate));
}

/**
 * Adds tax at `rate` (0.2 for 20%) to an amount.
 *
 * @example
 * addTax(100, 0.2); // Returns: 120
 */
export function addTax(amount: number, rate: number): number {
  return roundCents(amount + amount * rate);
}

export function lineTotal(item: LineItem): number {
  return roundCents(item.unitPrice * item.quantity);
}

/** Sum of the line totals. */
export function subtotal(items: readonly LineItem[]): number {
  let sum = 0;
  for (const item of items) {
    sum += lineTotal(item);
  }
  return roundCents(sum);
}

/** Tax due on the taxable lines of an order. */
export function taxFor(items: readonly LineItem[], rate: number): number {
  let taxable = 0;
  for (const item of items) {
    if (item.taxable !== false) taxable += lineTotal(item);
  }
  return roundCents(taxable * rate);
}

/** The line with the lowest unit price (the first one on a tie), or undefined for no lines. */
export function cheapestItem(items: readonly LineItem[]): LineItem | undefined {
  return items.reduce((cheapest, item) => (item.unitPrice < cheapest.unitPrice ? item : cheapest));
}
