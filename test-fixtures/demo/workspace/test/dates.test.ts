import { describe, it, expect } from 'vitest';
import { addDays, daysBetween, formatDate, formatDuration, parseDate, parseDuration, weekday } from '../src/dates';

describe('calendar dates', () => {
  it('parses and formats round trip', () => {
    expect(formatDate(parseDate('2024-02-29'))).toBe('2024-02-29');
  });

  it('rejects impossible dates', () => {
    expect(() => parseDate('2023-02-29')).toThrow(RangeError);
    expect(() => parseDate('2024-13-01')).toThrow(RangeError);
    expect(() => parseDate('29/02/2024')).toThrow(SyntaxError);
  });

  it('adds days across a month end', () => {
    expect(formatDate(addDays(parseDate('2024-01-30'), 3))).toBe('2024-02-02');
  });

  it('counts days between dates', () => {
    expect(daysBetween(parseDate('2024-01-01'), parseDate('2024-12-31'))).toBe(365);
  });

  it('names the weekday', () => {
    expect(weekday(parseDate('2024-06-01'))).toBe('Sat');
  });
});

describe('durations', () => {
  it('parses hours and minutes', () => {
    expect(parseDuration('2h')).toBe(120);
    expect(parseDuration('1h 15m')).toBe(75);
  });

  it('rejects empty durations', () => {
    expect(() => parseDuration('')).toThrow(SyntaxError);
  });

  it('formats minutes', () => {
    expect(formatDuration(135)).toBe('2h 15m');
    expect(formatDuration(45)).toBe('45m');
  });
});
