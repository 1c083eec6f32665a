// The shopping cart: lines keyed by SKU, totals with loyalty discount and tax.
import { Currency, formatMoney, roundCents } from './money';
import { applyDiscount, lineTotal, subtotal, taxFor, tierDiscount, type CustomerTier, type LineItem } from './pricing';
import { pluralize } from './text';

export class Cart {
  private readonly lines: LineItem[] = [];

  constructor(readonly currency: Currency = Currency.USD) {}

  /** A cart holding `items`, merged by SKU as if added one by one. */
  static fromItems(items: readonly LineItem[], currency: Currency = Currency.USD): Cart {
    const cart = new Cart(currency);
    for (const item of items) cart.add(item);
    return cart;
  }

  /** Adds a line, or more units to the line with the same SKU. */
  add(item: LineItem): this {
    if (!Number.isInteger(item.quantity) || item.quantity < 1) {
      throw new RangeError(`quantity must be a positive integer, got ${item.quantity}`);
    }
    if (!Number.isFinite(item.unitPrice) || item.unitPrice < 0) {
      throw new RangeError(`unit price must be a finite amount >= 0, got ${item.unitPrice}`);
    }
    const existing = this.lines.find((line) => line.sku === item.sku);
    if (existing) {
      existing.quantity += item.quantity;
    } else {
      this.lines.push({ ...item });
    }
    return this;
  }

  /** Removes the line with this SKU; tells whether there was one. */
  remove(sku: string): boolean {
    const index = this.lines.findIndex((line) => line.sku === sku);
    if (index === -1) return false;
    this.lines.splice(index, 1);
    return true;
  }

  /** Number of units in the cart, over all lines. */
  get itemCount(): number {
    let count = 0;
    for (const line of this.lines) count += line.quantity;
    return count;
  }

  get isEmpty(): boolean {
    return this.lines.length === 0;
  }

  /** What the customer pays: subtotal less the loyalty discount, plus tax on taxable lines. */
  total(tier: CustomerTier = 'regular', taxRate = 0): number {
    const discount = tierDiscount(tier);
    const net = applyDiscount(subtotal(this.lines), discount);
    const tax = applyDiscount(taxFor(this.lines, taxRate), discount);
    return roundCents(net + tax);
  }

  /** One line for the mini cart: "3 items, $12.50". */
  summary(): string {
    return `${pluralize(this.itemCount, 'item')}, ${formatMoney(subtotal(this.lines), this.currency)}`;
  }

  /** The lines with their totals, most expensive first. */
  receipt(): Array<LineItem & { total: number }> {
    return this.lines
      .map((line) => ({ ...line, total: lineTotal(line) }))
      .sort((a, b) => b.total - a.total);
  }
}
