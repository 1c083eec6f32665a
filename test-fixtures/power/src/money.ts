// Money in integer cents, so that sums are exact; conversions to and from display strings.

export type Currency = 'USD' | 'EUR' | 'GBP' | 'JPY';

export interface Money {
  cents: number;
  currency: Currency;
}

const SYMBOLS: Record<Currency, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** Major units to whole cents, rounding half away from zero. */
export function toCents(amount: number): number {
  const cents = Math.round(Math.abs(amount) * 100);
  return amount < 0 ? -cents : cents;
}

/** `$1,234.50`, `-€3.00`; yen shows no minor unit. */
export function formatMoney(money: Money): string {
  const sign = money.cents < 0 ? '-' : '';
  const abs = Math.abs(money.cents);
  const major = Math.floor(abs / 100);
  const grouped = String(major).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (money.currency === 'JPY') return `${sign}${SYMBOLS.JPY}${grouped}`;
  const minor = String(abs % 100).padStart(2, '0');
  return `${sign}${SYMBOLS[money.currency]}${grouped}.${minor}`;
}

/** Sums amounts of one currency; throws when currencies are mixed. */
export function addMoney(items: readonly Money[], currency: Currency): Money {
  let cents = 0;
  for (const item of items) {
    if (item.currency !== currency) throw new Error(`cannot add ${item.currency} to ${currency}`);
    cents += item.cents;
  }
  return { cents, currency };
}

/** Splits cents into `parts` shares that differ by at most one cent; the first shares get the extra cents. */
export function allocate(cents: number, parts: number): number[] {
  if (!Number.isInteger(parts) || parts <= 0) throw new RangeError('parts must be a positive integer');
  const base = Math.floor(cents / parts);
  let leftover = cents - base * parts;
  const shares: number[] = [];
  for (let i = 0; i < parts; i++) {
    shares.push(base + (leftover > 0 ? 1 : 0));
    if (leftover > 0) leftover--;
  }
  return shares;
}

/** A percentage of an amount in cents, rounded to the nearest cent. */
export function percentOf(cents: number, percent: number): number {
  return Math.round((cents * percent) / 100);
}

/** The amount with tax added: `rate` is a fraction (0.2 for 20 %). */
export function withTax(cents: number, rate: number): number {
  if (rate < 0) throw new RangeError('negative tax rate');
  return cents + Math.round(cents * rate);
}

/** Converts between currencies with a rate, rounding to whole cents (yen: whole yen). */
export function convert(money: Money, to: Currency, rate: number): Money {
  if (!(rate > 0)) throw new RangeError('rate must be positive');
  const raw = money.cents * rate;
  const cents = to === 'JPY' ? Math.round(raw / 100) * 100 : Math.round(raw);
  return { cents, currency: to };
}

/** Compound growth of a deposit over whole years, rounded to cents at the end. */
export function compound(cents: number, yearlyRate: number, years: number): number {
  let value = cents;
  for (let year = 0; year < years; year++) {
    value = value * (1 + yearlyRate);
  }
  return Math.round(value);
}

/** Reads `$12.50`, `12.5`, `-3`; returns cents, or null for anything else. */
export function parseAmount(text: string): number | null {
  const match = /^\s*(-)?\$?(\d+)(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const [, minus, whole, fraction = ''] = match;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return minus ? -cents : cents;
}
