import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, dayOfYear, daysBetween, daysInMonth, formatIsoDate, formatMinutes, isLeapYear, parseIsoDate, quarterOf, weekdayName } from '../src/dates';

describe('isLeapYear and daysInMonth', () => {
  it('knows leap years', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });
  it('knows month lengths', () => {
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
  });
});

describe('parseIsoDate and formatIsoDate', () => {
  it('round-trips', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(formatIsoDate({ year: 2024, month: 2, day: 9 })).toBe('2024-02-09');
  });
  it('rejects impossible dates', () => {
    expect(parseIsoDate('2023-02-29')).toBeNull();
  });
});

describe('dayOfYear', () => {
  it('counts days', () => {
    expect(dayOfYear({ year: 2024, month: 3, day: 1 })).toBe(61);
  });
});

describe('addMonths', () => {
  it('clamps to the end of the month', () => {
    expect(addMonths({ year: 2024, month: 1, day: 31 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('daysBetween', () => {
  it('counts whole days', () => {
    expect(daysBetween(new Date('2024-01-01T10:00:00Z'), new Date('2024-01-31T01:00:00Z'))).toBe(30);
  });
});

describe('weekdayName and quarterOf', () => {
  it('names days and quarters', () => {
    expect(weekdayName(new Date('2024-06-01T00:00:00Z'))).toBe('Saturday');
    expect(quarterOf(5)).toBe(2);
  });
});

describe('formatMinutes', () => {
  it('formats durations', () => {
    expect(formatMinutes(90)).toBe('1h 30m');
    expect(formatMinutes(45)).toBe('45m');
  });
});

describe('ageOn', () => {
  it('counts birthdays', () => {
    expect(ageOn({ year: 1990, month: 6, day: 15 }, { year: 2020, month: 6, day: 14 })).toBe(29);
  });
});
