// Money helpers. Amounts are plain numbers in major units (dollars, euros); everything that
// leaves this module is rounded to whole cents.

export enum Currency {
  USD = 'USD',
  EUR = 'EUR',
  GBP = 'GBP',
  JPY = 'JPY',
}

const SYMBOLS: Record<Currency, string> = {
  [Currency.USD]: '$',
  [Currency.EUR]: '€',
  [Currency.GBP]: '£',
  [Currency.JPY]: '¥',
};

/**
 * Rounds an amount to whole cents, half away from zero for positive amounts. Adds a tiny epsilon
 * so that values like 1.005 (stored as 1.00499999...) round the way a person expects.
 *
 * @example
 * roundCents(1.005) // => 1.01
 * roundCents(2.675) // => 2.68
 */
export function roundCents(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}

/**
 * Formats an amount with its currency symbol and thousands separators. Yen has no minor unit.
 *
 * @example
 * formatMoney(1234.5); // Returns: '$1,234.50'
 * formatMoney(-3, Currency.EUR); // Returns: '-€3.00'
 * formatMoney(1500, Currency.JPY); // Returns: '¥1,500'
 */
export function formatMoney(amount: number, currency: Currency = Currency.USD): string {
  if (!Number.isFinite(amount)) throw new RangeError(`cannot format ${amount} as money`);
  const digits = currency === Currency.JPY ? 0 : 2;
  const [whole, fraction] = Math.abs(amount).toFixed(digits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = amount < 0 ? '-' : '';
  return `${sign}${SYMBOLS[currency]}${grouped}${fraction ? '.' + fraction : ''}`;
}

/**
 * Reads an amount typed by a person: an optional minus sign and currency symbol, digits with
 * optional thousands separators, and at most two decimals.
 *
 * @example
 * parseMoney('$1,234.50'); // Returns: 1234.5
 * parseMoney('-€0.99') // => -0.99
 */
export function parseMoney(text: string): number {
  const match = /^\s*(-)?\s*[$€£¥]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) throw new SyntaxError(`not an amount of money: "${text}"`);
  const [, minus, whole, cents = '0'] = match;
  const value = Number(whole.replace(/,/g, '')) + Number(cents.padEnd(2, '0')) / 100;
  return minus ? -value : value;
}

/**
 * Splits an amount into `parts` shares that differ by at most one cent and add up to the
 * (rounded) amount; the first shares get the leftover cents.
 *
 * @example
 * splitEvenly(10, 3) // => [3.34, 3.33, 3.33]
 */
export function splitEvenly(amount: number, parts: number): number[] {
  if (!Number.isInteger(parts) || parts < 1 || parts > 1000) {
    throw new RangeError('parts must be an integer from 1 to 1000');
  }
  const cents = Math.round(roundCents(amount) * 100);
  const base = Math.floor(cents / parts);
  let leftover = cents - base * parts;
  const shares: number[] = [];
  for (let i = 0; i < parts; i++) {
    const extra = leftover > 0 ? 1 : 0;
    leftover -= extra;
    shares.push((base + extra) / 100);
  }
  return shares;
}
