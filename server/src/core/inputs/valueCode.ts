// JavaScript values written as source code for the generated test file.
import type { LiteralValue } from './typeShape';

export function literalCode(value: LiteralValue): string {
  switch (typeof value) {
    case 'string':
      return stringCode(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
      return String(value);
    default:
      return numberCode(value);
  }
}

export function numberCode(n: number): string {
  if (Object.is(n, -0)) return '-0';
  return String(n); // NaN, Infinity and -Infinity print as their global names
}

/** A single-quoted string literal. */
export function stringCode(s: string): string {
  const json = JSON.stringify(s).slice(1, -1);
  return `'${json.replace(/\\"/g, '"').replace(/'/g, "\\'").replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}

/** An object literal key: bare when it is an identifier, quoted otherwise. */
export function propertyKeyCode(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : stringCode(name);
}

/** A regular expression literal from its source and flags. */
export function regexCode(pattern: RegExp): string {
  return `/${pattern.source}/${pattern.flags}`;
}
