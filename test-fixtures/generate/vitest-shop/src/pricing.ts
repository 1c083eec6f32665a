// Prices for a small shop: bulk discounts, a cart, and quotes from the (simulated) price service.

/** Whole-cent price of `qty` items at `unitPrice`: 5% off from ten items on. */
export function bulkPrice(unitPrice: number, qty: number): number {
  if (!Number.isInteger(qty) || qty < 0) throw new RangeError(`quantity must be a whole number, got ${qty}`);
  const discount = qty >= 10 ? 0.05 : 0;
  return Math.round(unitPrice * qty * (1 - discount) * 100) / 100;
}

export type Currency = 'EUR' | 'USD';

export class Cart {
  private lines: { sku: string; qty: number }[] = [];

  constructor(readonly currency: Currency) {}

  /** Adds `qty` of `sku`; returns how many distinct items the cart holds. */
  add(sku: string, qty: number): number {
    if (qty <= 0) throw new RangeError('qty must be positive');
    const line = this.lines.find((l) => l.sku === sku);
    if (line) line.qty += qty;
    else this.lines.push({ sku, qty });
    return this.lines.length;
  }

  get itemCount(): number {
    return this.lines.reduce((sum, l) => sum + l.qty, 0);
  }
}

/** A quote as the price service answers it. */
export async function quote(sku: string, qty: number): Promise<{ sku: string; qty: number; label: string }> {
  await Promise.resolve();
  if (sku.trim() === '') throw new Error('unknown sku');
  return { sku: sku.trim().toUpperCase(), qty: Math.max(0, Math.floor(qty)), label: `${qty} × ${sku.trim()}` };
}

function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

export const internalForTests = { roundCents };
