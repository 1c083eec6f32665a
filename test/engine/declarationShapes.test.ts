// Declarations of every shape the engine verifies, run for real: generics (one T per call),
// class instances built from another file's class, enums, rest parameters, methods, getters,
// statics and constructors.
import { describe, expect, it } from 'vitest';
import { failedCheck, useEngine } from '../helpers/engineHarness';

const { verifyEdit } = useEngine();

describe('declaration shapes', () => {
  it('a generic function gets one consistent T per call', async () => {
    const source = (body: string) => `export function pick<T>(xs: T[], keep: (x: T) => boolean): T[] {\n  ${body}\n}\n`;
    const { verdict } = await verifyEdit(
      { 'src/pick.ts': source('return xs.filter(keep);') },
      { 'src/pick.ts': source('const out: T[] = [];\n  for (const x of xs) if (keep(x)) out.push(x);\n  return out;') },
    );
    expect(verdict('pick').state).toBe('verified');
  });

  it('a parameter of a class from another file is built through its constructor', async () => {
    const money = 'export class Money {\n  constructor(readonly cents: number, readonly currency: "EUR" | "USD") {}\n}\n';
    const fmt = (body: string) => `import { Money } from './money';\nexport function show(m: Money): string {\n  ${body}\n}\n`;
    const { verdict } = await verifyEdit(
      { 'src/money.ts': money, 'src/show.ts': fmt('return `${(m.cents / 100).toFixed(2)} ${m.currency}`;') },
      { 'src/show.ts': fmt('return `${Math.trunc(m.cents) / 100} ${m.currency}`;') },
    );
    const change = failedCheck(verdict('show'), 'behavior-change');
    expect(change.input).toMatch(/^show\(Money \{ cents: .+, currency: "(EUR|USD)" \}\)$/);
  });

  it('an enum parameter takes each member', async () => {
    const source = (ret: string) => `export enum Level { Low = 1, High = 3 }\nexport function weight(level: Level): number {\n  return ${ret};\n}\n`;
    const { verdict } = await verifyEdit({ 'src/level.ts': source('level * 2') }, { 'src/level.ts': source('level === Level.High ? 7 : level * 2') });
    const change = failedCheck(verdict('weight'), 'behavior-change');
    expect(change.input).toBe('weight(3)');
    expect(`${change.old} → ${change.new}`).toBe('6 → 7');
  });

  it('rest parameters are spread at the call', async () => {
    const source = (body: string) => `export function largest(...values: number[]): number {\n  ${body}\n}\n`;
    const { verdict } = await verifyEdit(
      { 'src/max.ts': source('return values.length === 0 ? -Infinity : Math.max(...values);') },
      { 'src/max.ts': source('return values.reduce((a, b) => (b > a ? b : a), -Infinity);') },
    );
    // Math.max gives NaN when any value is NaN; the reduce ignores NaN after the first value.
    const change = failedCheck(verdict('largest'), 'behavior-change');
    expect(change.input).toMatch(/NaN/);
  });

  it('methods, getters, statics and constructors of a class', async () => {
    const cart = (add: string, count: string, from: string, init: string) =>
      [
        'export class Cart {',
        '  private items: number[] = [];',
        `  constructor(readonly owner: string) {\n    ${init}\n  }`,
        `  add(price: number, qty: number): number {\n    ${add}\n  }`,
        `  get count(): number {\n    ${count}\n  }`,
        `  static from(owner: string, prices: number[]): Cart {\n    ${from}\n  }`,
        '}',
        '',
      ].join('\n');
    const before = cart('for (let i = 0; i < qty && i < 50; i++) this.items.push(price);\n    return this.items.length;', 'return this.items.length;', 'const c = new Cart(owner);\n    for (const p of prices) c.add(p, 1);\n    return c;', 'this.items = [];');
    const after = cart('for (let i = 0; i <= qty && i < 50; i++) this.items.push(price);\n    return this.items.length;', 'return this.items.length + 0;', 'const c = new Cart(owner.trim());\n    for (const p of prices) c.add(p, 1);\n    return c;', 'this.items = [];\n    if (owner === "") this.items.push(0);');
    const { verdict } = await verifyEdit({ 'src/cart.ts': before }, { 'src/cart.ts': after });

    const add = failedCheck(verdict('Cart.add'), 'behavior-change');
    expect(add.input).toMatch(/^new Cart\(.*\)\.add\(.+, 0\)$/);
    expect(verdict('Cart.count').state).toBe('changed'); // the constructor change shows through the getter
    expect(failedCheck(verdict('Cart.constructor'), 'behavior-change').input).toBe('new Cart("")');
    expect(failedCheck(verdict('Cart.from'), 'behavior-change').input).toMatch(/^Cart\.from\(/);
  });

  it('namespace members, object-literal members and methods written as properties are called where they live', async () => {
    const source = (join: string, upper: string, add: string) =>
      [
        'export namespace util {',
        `  export function joinValues(xs: string[]): string {\n    return ${join};\n  }`,
        '}',
        'export const helpers = {',
        `  shout: (s: string): string => ${upper},`,
        '};',
        'export class Issues {',
        '  items: string[] = [];',
        `  add = (issue: string): number => {\n    ${add}\n    return this.items.length;\n  };`,
        '}',
        '',
      ].join('\n');
    const { verdict } = await verifyEdit(
      { 'src/mixed.ts': source('xs.join(", ")', 's.toUpperCase()', 'this.items.push(issue);') },
      { 'src/mixed.ts': source('xs.join(",")', 's.toUpperCase() + "!"', 'if (issue !== "") this.items.push(issue);') },
    );
    expect(failedCheck(verdict('util.joinValues'), 'behavior-change').input).toMatch(/^util\.joinValues\(\[.+, .+\]\)$/);
    expect(failedCheck(verdict('helpers.shout'), 'behavior-change').new).toMatch(/!"$/);
    expect(failedCheck(verdict('Issues.add'), 'behavior-change').input).toBe('new Issues().add("")');
  });

  it('methods meet instances with state: other public methods are called on the instance first', async () => {
    const source = (order: string) =>
      [
        'export class Basket {',
        '  private lines: { sku: string; qty: number }[] = [];',
        '  add(sku: string, qty: number): void {',
        '    if (qty <= 0) throw new RangeError("qty must be positive");',
        '    this.lines.push({ sku, qty });',
        '  }',
        '  receipt(): string[] {',
        `    return [...this.lines].sort((a, b) => ${order}).map((l) => \`\${l.qty} x \${l.sku}\`);`,
        '  }',
        '}',
        '',
      ].join('\n');
    const { verdict } = await verifyEdit({ 'src/basket.ts': source('a.qty - b.qty') }, { 'src/basket.ts': source('b.qty - a.qty') });
    const change = failedCheck(verdict('Basket.receipt'), 'behavior-change');
    // Two lines of different quantities are needed, added before the call.
    expect(change.input).toMatch(/^basket = new Basket\(\); basket\.add\(.+\); basket\.add\(.+\); basket\.receipt\(\)$/);
  });

  it('inputs whose instance could not be built are counted, with the first error named', async () => {
    const before = 'export class Pool {\n  constructor(private size: number) {\n    if (size < 0) throw new RangeError(`size must not be negative, got ${size}`);\n  }\n  slots(): number {\n    return this.size * 2;\n  }\n}\n';
    const { verdict } = await verifyEdit({ 'src/pool.ts': before }, { 'src/pool.ts': before.replace('this.size * 2', 'this.size + this.size') });
    const result = verdict('Pool.slots');
    expect(result.state).toBe('verified');
    expect(result.notes.join('\n')).toMatch(/\d+ inputs? discarded: the instance could not be built \(first: RangeError: size must not be negative, got -\S+\)/);
  });

  it('inputs whose calls made on the instance first threw say so, with the first error', async () => {
    const before = 'export class Tally {\n  private items: number[] = [];\n  add(n: number): void {\n    if (n < 0) throw new RangeError(`negative: ${n}`);\n    this.items.push(n);\n  }\n  sum(): number {\n    return this.items.reduce((a, b) => a + b, 0);\n  }\n}\n';
    const { verdict } = await verifyEdit({ 'src/tally.ts': before }, { 'src/tally.ts': before.replace('this.items.reduce((a, b) => a + b, 0)', 'this.items.reduce((total, n) => total + n, 0)') });
    const result = verdict('Tally.sum');
    expect(result.state).toBe('verified');
    const notes = result.notes.join('\n');
    expect(notes).toMatch(/\d+ inputs? discarded: a call made on the instance first threw \(first: add\(…\) threw RangeError: negative: -\S+\)/);
    expect(notes).not.toMatch(/could not be built/);
  });
});
