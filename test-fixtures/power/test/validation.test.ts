import { describe, expect, it } from 'vitest';
import { checkRange, hasRequired, isEmail, isIPv4, isUsername, luhnValid, passwordProblems, passwordStrength, validateSignup } from '../src/validation';

describe('isEmail', () => {
  it('accepts addresses and rejects others', () => {
    expect(isEmail('ada@example.com')).toBe(true);
    expect(isEmail('ada.example.com')).toBe(false);
    expect(isEmail('a@b@c.com')).toBe(false);
  });
});

describe('passwordProblems', () => {
  it('lists broken rules', () => {
    expect(passwordProblems('Secret123')).toEqual([]);
    expect(passwordProblems('abc')).toContain('at least 8 characters');
  });
});

describe('validateSignup', () => {
  it('reports field errors', () => {
    const errors = validateSignup({ email: 'x', password: 'Secret123', acceptTerms: false });
    expect(Object.keys(errors).sort()).toEqual(['acceptTerms', 'email']);
  });
  it('accepts a good form', () => {
    expect(validateSignup({ email: 'a@b.co', password: 'Secret123', age: 30, acceptTerms: true })).toEqual({});
  });
});

describe('luhnValid', () => {
  it('checks card numbers', () => {
    expect(luhnValid('4539 1488 0343 6467')).toBe(true);
    expect(luhnValid('4539 1488 0343 6468')).toBe(false);
  });
});

describe('isIPv4', () => {
  it('validates addresses', () => {
    expect(isIPv4('192.168.0.1')).toBe(true);
    expect(isIPv4('256.1.1.1')).toBe(false);
  });
});

describe('isUsername', () => {
  it('validates names', () => {
    expect(isUsername('ada_99')).toBe(true);
    expect(isUsername('9ada')).toBe(false);
  });
});

describe('checkRange', () => {
  it('reports out-of-range values', () => {
    expect(checkRange(5, 1, 10)).toBeNull();
    expect(checkRange(0, 1, 10)).toBe('must be at least 1');
  });
});

describe('hasRequired', () => {
  it('checks required keys', () => {
    expect(hasRequired({ a: 'x', b: ' ' }, ['a'])).toBe(true);
    expect(hasRequired({ a: 'x', b: ' ' }, ['a', 'b'])).toBe(false);
  });
});

describe('passwordStrength', () => {
  it('scores', () => {
    expect(passwordStrength('abc')).toBe(0);
    expect(passwordStrength('Abcdefgh1234')).toBe(4);
  });
});
