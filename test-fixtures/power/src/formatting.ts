// Formatting with options objects and optional parameters: names, lists, urls, pages, numbers.

export interface PersonName {
  first: string;
  last: string;
  middle?: string;
  title?: string;
}

export interface NameOptions {
  lastFirst?: boolean;
  initialMiddle?: boolean;
}

/** `Dr. Ada B. Lovelace`, or `Lovelace, Ada B.` with `lastFirst`. */
export function formatName(name: PersonName, options: NameOptions = {}): string {
  const middle = name.middle ? (options.initialMiddle ? `${name.middle[0]}.` : name.middle) : '';
  const given = [name.first, middle].filter((part) => part !== '').join(' ');
  if (options.lastFirst) return `${name.last}, ${given}`;
  return [name.title, given, name.last].filter((part) => part !== undefined && part !== '').join(' ');
}

export interface ListOptions {
  conjunction?: 'and' | 'or';
  oxfordComma?: boolean;
}

/** `a, b and c`; `a, b, or c` with the Oxford comma. */
export function formatList(items: readonly string[], { conjunction = 'and', oxfordComma = false }: ListOptions = {}): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0];
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  const head = items.slice(0, -1).join(', ');
  return `${head}${oxfordComma ? ',' : ''} ${conjunction} ${items[items.length - 1]}`;
}

export interface UrlParts {
  path?: string;
  query?: Record<string, string | number | boolean>;
  hash?: string;
}

/** Joins a base url with a path, an encoded query (keys sorted) and a hash. */
export function buildUrl(base: string, parts: UrlParts = {}): string {
  let url = base.replace(/\/+$/, '');
  if (parts.path) url += '/' + parts.path.replace(/^\/+/, '');
  const query = Object.keys(parts.query ?? {})
    .sort()
    .map((key) => `${encodeURIComponent(key)}=${encodeURIComponent(String(parts.query![key]))}`);
  if (query.length > 0) url += '?' + query.join('&');
  if (parts.hash) url += '#' + parts.hash;
  return url;
}

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  hasNext: boolean;
}

/** One page of items; pages count from 1, a page past the end is empty. */
export function paginate<T>(items: readonly T[], page = 1, perPage = 10): Page<T> {
  if (perPage < 1) throw new RangeError('perPage must be at least 1');
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const current = Math.max(1, Math.floor(page));
  const start = (current - 1) * perPage;
  return { items: items.slice(start, start + perPage), page: current, pages, hasNext: current < pages };
}

export interface NumberFormat {
  decimals?: number;
  thousands?: string;
  decimalPoint?: string;
}

/** `1234567.891` → `1,234,567.89` (by default). */
export function formatNumber(value: number, { decimals = 2, thousands = ',', decimalPoint = '.' }: NumberFormat = {}): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (fraction ? decimalPoint + fraction : '');
}

/** `3 items`, `1 item`, `no items` (with `zero`). */
export function pluralize(count: number, noun: string, options?: { plural?: string; zero?: string }): string {
  if (count === 0 && options?.zero) return options.zero;
  const word = count === 1 ? noun : (options?.plural ?? `${noun}s`);
  return `${count} ${word}`;
}

/** Byte sizes: `1.5 KB`, `3 MB`; `binary` uses 1024 and KiB. */
export function formatBytes(bytes: number, binary = false): string {
  const base = binary ? 1024 : 1000;
  const units = binary ? ['B', 'KiB', 'MiB', 'GiB'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= base && unit < units.length - 1) {
    value /= base;
    unit++;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} ${units[unit]}`;
}

/** A time as `14:05` or `2:05 PM`. */
export function formatClock(hours: number, minutes: number, twelveHour = false): string {
  const mm = String(minutes).padStart(2, '0');
  if (!twelveHour) return `${String(hours).padStart(2, '0')}:${mm}`;
  const suffix = hours < 12 ? 'AM' : 'PM';
  const h = hours % 12 === 0 ? 12 : hours % 12;
  return `${h}:${mm} ${suffix}`;
}
