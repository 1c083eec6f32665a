// Classes with state: a bank account with a history, a stock inventory and a small LRU cache.

export class InsufficientFunds extends Error {
  constructor(readonly balance: number, readonly requested: number) {
    super(`cannot withdraw ${requested}: balance is ${balance}`);
    this.name = 'InsufficientFunds';
  }
}

export interface Entry {
  kind: 'deposit' | 'withdrawal';
  cents: number;
}

export class BankAccount {
  private balanceCents = 0;
  private readonly entries: Entry[] = [];

  constructor(readonly owner: string, private readonly overdraftCents = 0) {}

  deposit(cents: number): number {
    if (cents <= 0) throw new RangeError('deposit must be positive');
    this.balanceCents += cents;
    this.entries.push({ kind: 'deposit', cents });
    return this.balanceCents;
  }

  withdraw(cents: number): number {
    if (cents <= 0) throw new RangeError('withdrawal must be positive');
    if (this.balanceCents - cents < -this.overdraftCents) throw new InsufficientFunds(this.balanceCents, cents);
    this.balanceCents -= cents;
    this.entries.push({ kind: 'withdrawal', cents });
    return this.balanceCents;
  }

  get balance(): number {
    return this.balanceCents;
  }

  /** Total deposited minus total withdrawn over the last `count` entries. */
  recentNet(count: number): number {
    return this.entries.slice(-count).reduce((net, e) => net + (e.kind === 'deposit' ? e.cents : -e.cents), 0);
  }

  statement(): string {
    const lines = this.entries.map((e) => `${e.kind === 'deposit' ? '+' : '-'}${e.cents}`);
    return [`${this.owner}`, ...lines, `= ${this.balanceCents}`].join('\n');
  }
}

export class Inventory {
  private readonly stock = new Map<string, number>();

  add(sku: string, qty: number): void {
    if (!Number.isInteger(qty) || qty <= 0) throw new RangeError('quantity must be a positive integer');
    this.stock.set(sku, (this.stock.get(sku) ?? 0) + qty);
  }

  /** Removes up to `qty`; returns how many were actually removed. */
  remove(sku: string, qty: number): number {
    const have = this.stock.get(sku) ?? 0;
    const taken = Math.min(have, Math.max(0, qty));
    if (have - taken === 0) this.stock.delete(sku);
    else this.stock.set(sku, have - taken);
    return taken;
  }

  quantityOf(sku: string): number {
    return this.stock.get(sku) ?? 0;
  }

  /** Skus with fewer than `threshold` items, sorted. */
  lowStock(threshold: number): string[] {
    return [...this.stock].filter(([, qty]) => qty < threshold).map(([sku]) => sku).sort();
  }

  get totalItems(): number {
    let total = 0;
    for (const qty of this.stock.values()) total += qty;
    return total;
  }
}

export class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {
    if (capacity < 1) throw new RangeError('capacity must be at least 1');
  }

  get(key: string): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key)!;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }
}
