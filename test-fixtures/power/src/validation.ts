// Validation of user input: each function says what is wrong, not only whether something is.

export interface SignupForm {
  email: string;
  password: string;
  age?: number;
  acceptTerms: boolean;
}

/** A pragmatic email check: one `@`, something before it, a dot in the domain. */
export function isEmail(text: string): boolean {
  const at = text.indexOf('@');
  if (at <= 0 || at !== text.lastIndexOf('@')) return false;
  const domain = text.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return dot > 0 && dot < domain.length - 1 && !/\s/.test(text);
}

/** The rules a password breaks (empty when it is fine). */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < 8) problems.push('at least 8 characters');
  if (!/[A-Z]/.test(password)) problems.push('an upper-case letter');
  if (!/[a-z]/.test(password)) problems.push('a lower-case letter');
  if (!/[0-9]/.test(password)) problems.push('a digit');
  return problems;
}

/** Field errors of a signup form, keyed by field. */
export function validateSignup(form: SignupForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!isEmail(form.email)) errors.email = 'not an email address';
  const problems = passwordProblems(form.password);
  if (problems.length > 0) errors.password = `needs ${problems.join(', ')}`;
  if (form.age !== undefined && (form.age < 13 || !Number.isInteger(form.age))) errors.age = 'must be a whole number, 13 or more';
  if (!form.acceptTerms) errors.acceptTerms = 'must be accepted';
  return errors;
}

/** The Luhn checksum of a card number (digits and spaces). */
export function luhnValid(cardNumber: string): boolean {
  const digits = cardNumber.replace(/ /g, '');
  if (!/^\d{2,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Four numbers 0-255 separated by dots, without leading zeros. */
export function isIPv4(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  return parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255);
}

/** A username: 3 to 16 letters, digits or underscores, starting with a letter. */
export function isUsername(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]{2,15}$/.test(name);
}

/** Checks that a number lies in `[min, max]`; returns a message or null. */
export function checkRange(value: number, min: number, max: number): string | null {
  if (Number.isNaN(value)) return 'not a number';
  if (value < min) return `must be at least ${min}`;
  if (value > max) return `must be at most ${max}`;
  return null;
}

/** True when every required key has a non-empty string value. */
export function hasRequired(record: Record<string, string | undefined>, required: readonly string[]): boolean {
  return required.every((key) => {
    const value = record[key];
    return value !== undefined && value.trim() !== '';
  });
}

/** A strength score 0-4: length ≥ 8, ≥ 12, mixed case, a digit or symbol. */
export function passwordStrength(password: string): number {
  let score = 0;
  if (password.length >= 8) score++;
  if (password.length >= 12) score++;
  if (/[a-z]/.test(password) && /[A-Z]/.test(password)) score++;
  if (/[^A-Za-z]/.test(password)) score++;
  return score;
}
