// Small parsers for configuration and user input.

/** `a=1&b=two&a=3` → `{ a: ['1', '3'], b: ['two'] }`; keys and values are URI-decoded. */
export function parseQuery(query: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const text = query.startsWith('?') ? query.slice(1) : query;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const key = decodeURIComponent(at === -1 ? pair : pair.slice(0, at));
    const value = at === -1 ? '' : decodeURIComponent(pair.slice(at + 1));
    (result[key] ??= []).push(value);
  }
  return result;
}

/** One CSV line: fields separated by commas, double quotes around fields that hold commas, `""` for a quote. */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** `KEY=value` lines; `#` starts a comment line; blank lines are skipped; later keys win. */
export function parseEnv(text: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const at = line.indexOf('=');
    if (at <= 0) continue;
    env.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return env;
}

/** `1h30m`, `45s`, `2h` → seconds; throws on anything else. */
export function parseDuration(text: string): number {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!match || text === '') throw new SyntaxError(`not a duration: ${text}`);
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

/** `1.2.3` or `v1.2.3`; null otherwise. */
export function parseVersion(text: string): Version | null {
  const match = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/** Negative, zero or positive, like a sort comparator. */
export function compareVersions(a: Version, b: Version): number {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  return a.patch - b.patch;
}

/** `#ff8800` or `#f80` → `[255, 136, 0]`; null for anything else. */
export function parseHexColor(text: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text);
  if (!match) return null;
  let hex = match[1];
  if (hex.length === 3) hex = hex[0] + hex[0] + hex[1] + hex[1] + hex[2] + hex[2];
  return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
}

/** Evaluates a postfix expression of integers and + - * (`3 4 + 2 *` → 14); throws on a malformed one. */
export function evalRpn(expression: string): number {
  const stack: number[] = [];
  for (const token of expression.split(' ').filter((t) => t !== '')) {
    if (token === '+' || token === '-' || token === '*') {
      const b = stack.pop();
      const a = stack.pop();
      if (a === undefined || b === undefined) throw new Error('stack underflow');
      stack.push(token === '+' ? a + b : token === '-' ? a - b : a * b);
    } else if (/^-?\d+$/.test(token)) {
      stack.push(Number(token));
    } else {
      throw new Error(`unknown token: ${token}`);
    }
  }
  if (stack.length !== 1) throw new Error('malformed expression');
  return stack[0];
}

/** `1-3,5,7-8` → `[1, 2, 3, 5, 7, 8]` (page ranges); throws on a reversed range. */
export function parseRanges(text: string): number[] {
  const pages: number[] = [];
  for (const part of text.split(',')) {
    const [from, to] = part.split('-').map((n) => Number(n.trim()));
    if (to === undefined) {
      pages.push(from);
      continue;
    }
    if (to < from) throw new RangeError(`reversed range: ${part}`);
    for (let page = from; page <= to; page++) pages.push(page);
  }
  return pages;
}
