// Calendar dates (always UTC, no time of day) and short durations like "1h30m".

const MS_PER_DAY = 24 * 60 * 60 * 1000;

export type Weekday = 'Sun' | 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat';

const WEEKDAYS: readonly Weekday[] = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Midnight UTC of a calendar date; unlike Date.UTC, years 0-99 stay themselves. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function daysInMonth(year: number, month: number): number {
  return utcDate(year, month, 0).getUTCDate();
}

/**
 * Parses a calendar date written `YYYY-MM-DD` into a Date at midnight UTC.
 *
 * @example
 * parseDate('2024-02-29').getTime(); // Returns: 1709164800000
 */
export function parseDate(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) throw new SyntaxError(`expected YYYY-MM-DD, got "${text}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) throw new RangeError(`no month ${month} in "${text}"`);
  if (day < 1 || day > daysInMonth(year, month)) throw new RangeError(`no day ${day} in "${text}"`);
  return utcDate(year, month - 1, day);
}

/**
 * Formats the UTC calendar date of `date` as `YYYY-MM-DD`.
 *
 * @example
 * formatDate(new Date(Date.UTC(2024, 0, 5))); // Returns: '2024-01-05'
 */
export function formatDate(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** The date `days` days after `date` (before it for negative `days`). */
export function addDays(date: Date, days: number): Date {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, got ${days}`);
  return new Date(date.getTime() + days * MS_PER_DAY);
}

/**
 * Whole days from `from` to `to`, negative when `to` is earlier.
 *
 * @example
 * daysBetween(parseDate('2024-03-01'), parseDate('2024-03-15')) // => 14
 */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / MS_PER_DAY);
}

/** Short English name of the UTC weekday of `date`, e.g. "Mon". */
export function weekday(date: Date): Weekday | undefined {
  return WEEKDAYS[date.getUTCDay()];
}

/**
 * Parses a duration like "1h30m", "2h" or "45m" into minutes.
 *
 * @example
 * parseDuration('1h30m'); // Returns: 90
 * parseDuration('45m') // => 45
 */
export function parseDuration(text: string): number {
  const match = /^(?:(\d+)h)?\s*(?:(\d+)m)?$/.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) {
    throw new SyntaxError(`not a duration: "${text}"`);
  }
  const hours = Number(match[1] ?? 0);
  const minutes = Number(match[2] ?? 0);
  return hours * 60 + minutes;
}

/**
 * Formats minutes as a duration: "1h 30m", "2h", "45m", "0m".
 *
 * @example
 * formatDuration(90); // Returns: '1h 30m'
 */
export function formatDuration(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a non-negative integer, got ${minutes}`);
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}m`;
  return rest === 0 ? `${hours}h` : `${hours}h ${rest}m`;
}
