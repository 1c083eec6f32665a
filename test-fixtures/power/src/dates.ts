// Calendar helpers on plain dates (year, month 1-12, day), in UTC so that results do not depend
// on the machine's time zone.

export interface PlainDate {
  year: number;
  month: number;
  day: number;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Reads `2024-02-29`; null when the text is not a real date. */
export function parseIsoDate(text: string): PlainDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** `2024-02-09`. */
export function formatIsoDate(date: PlainDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Day of the year, 1 for January 1st. */
export function dayOfYear(date: PlainDate): number {
  let day = date.day;
  for (let month = 1; month < date.month; month++) day += daysInMonth(date.year, month);
  return day;
}

/** Adds months, clamping the day to the end of a shorter month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((end - start) / 86_400_000);
}

/** English name of the UTC weekday. */
export function weekdayName(date: Date): string {
  return WEEKDAYS[date.getUTCDay()];
}

/** Calendar quarter, 1 to 4, of a month 1-12. */
export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}

/** `90` → `1h 30m`; `45` → `45m`; `120` → `2h`. */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes}m`;
  if (minutes === 0) return `${hours}h`;
  return `${hours}h ${minutes}m`;
}

/** Age in whole years on a given day. */
export function ageOn(birth: PlainDate, on: PlainDate): number {
  let age = on.year - birth.year;
  if (on.month < birth.month || (on.month === birth.month && on.day < birth.day)) age--;
  return age;
}
