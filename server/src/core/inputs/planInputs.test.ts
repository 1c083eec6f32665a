// Types → generated inputs: each row plans `subject`, evaluates the generated tuple arbitrary
// and the examples, and checks that every value fits the parameter's type, then that the
// values are varied the way the type allows (every literal, optional members both ways, ...).
import { describe, expect, test } from 'vitest';
import { planAndSample, sourceFixture } from './sourceFixture';

interface Row {
  name: string;
  /** Declarations before `export function subject(x: ...)`. */
  setup?: string;
  /** The parameter list of `subject`; the first parameter is checked. */
  params: string;
  /** Every sampled value and every example must satisfy this. */
  fits: (value: any, scope: Record<string, any>) => boolean;
  /** Over all samples: the variety the type allows. */
  varied?: (values: any[], scope: Record<string, any>) => void;
}

const isNumber = (x: unknown) => typeof x === 'number';
const isString = (x: unknown) => typeof x === 'string';
const isPlainObject = (x: unknown) => typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
const kinds = (values: unknown[]) => new Set(values.map((x) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x)));

const rows: Row[] = [
  {
    name: 'number: small integers mostly, some doubles',
    params: 'x: number',
    fits: isNumber,
    varied: (xs) => {
      expect(xs.filter((x) => Number.isInteger(x) && Math.abs(x) <= 1000).length).toBeGreaterThan(xs.length / 2);
      expect(xs.some((x) => !Number.isInteger(x))).toBe(true);
    },
  },
  { name: 'string: ascii and beyond', params: 's: string', fits: isString, varied: (xs) => expect(xs.some((x) => /[^\x20-\x7e]/.test(x))).toBe(true) },
  { name: 'boolean', params: 'b: boolean', fits: (x) => typeof x === 'boolean', varied: (xs) => expect(new Set(xs)).toEqual(new Set([true, false])) },
  { name: 'bigint', params: 'n: bigint', fits: (x) => typeof x === 'bigint' },
  { name: 'symbol', params: 's: symbol', fits: (x) => typeof x === 'symbol' },
  { name: 'null', params: 'n: null', fits: (x) => x === null },
  { name: 'undefined', params: 'u: undefined', fits: (x) => x === undefined },
  {
    name: 'string literal union yields every member',
    params: "tier: 'gold' | 'silver' | 'bronze'",
    fits: (x) => ['gold', 'silver', 'bronze'].includes(x),
    varied: (xs) => expect(new Set(xs).size).toBe(3),
  },
  {
    name: 'mixed literal union',
    params: "x: 1 | 2 | 'auto' | true",
    fits: (x) => [1, 2, 'auto', true].includes(x),
    varied: (xs) => expect(new Set(xs).size).toBe(4),
  },
  { name: 'number[]', params: 'xs: number[]', fits: (x) => Array.isArray(x) && x.every(isNumber), varied: (xs) => expect(new Set(xs.map((x) => x.length)).size).toBeGreaterThan(3) },
  { name: 'readonly string[]', params: 'xs: readonly string[]', fits: (x) => Array.isArray(x) && x.every(isString) },
  { name: 'ReadonlyArray<boolean>', params: 'xs: ReadonlyArray<boolean>', fits: (x) => Array.isArray(x) && x.every((b) => typeof b === 'boolean') },
  { name: 'tuple', params: 't: [string, number]', fits: (t) => Array.isArray(t) && t.length === 2 && isString(t[0]) && isNumber(t[1]) },
  {
    name: 'tuple with an optional element',
    params: 't: [string, number?]',
    fits: (t) => Array.isArray(t) && isString(t[0]) && (t.length === 1 || (t.length === 2 && (t[1] === undefined || isNumber(t[1])))),
    varied: (ts) => expect(new Set(ts.map((t) => t.length))).toEqual(new Set([1, 2])),
  },
  {
    name: 'tuple with a rest element',
    params: 't: [string, ...boolean[]]',
    fits: (t) => Array.isArray(t) && isString(t[0]) && t.slice(1).every((b: unknown) => typeof b === 'boolean'),
    varied: (ts) => expect(new Set(ts.map((t) => t.length)).size).toBeGreaterThan(2),
  },
  {
    name: 'interface: optional members sometimes absent, sometimes present',
    setup: 'export interface Line { sku: string; readonly qty: number; note?: string }',
    params: 'line: Line',
    fits: (l) => isPlainObject(l) && isString(l.sku) && isNumber(l.qty) && (l.note === undefined || isString(l.note)),
    varied: (ls) => {
      expect(ls.some((l) => !('note' in l))).toBe(true);
      expect(ls.some((l) => isString(l.note))).toBe(true);
    },
  },
  {
    name: 'nested objects and arrays',
    setup: 'export type Order = { id: number; lines: { sku: string; qty: number }[]; customer: { name: string } }',
    params: 'order: Order',
    fits: (o) => isNumber(o.id) && Array.isArray(o.lines) && o.lines.every((l: any) => isString(l.sku) && isNumber(l.qty)) && isString(o.customer.name),
  },
  {
    name: 'Record<string, number>',
    params: 'prices: Record<string, number>',
    fits: (r) => isPlainObject(r) && Object.values(r).every(isNumber),
    varied: (rs) => expect(rs.some((r) => Object.keys(r).length > 0)).toBe(true),
  },
  { name: 'Record over literal keys', params: "r: Record<'a' | 'b', number>", fits: (r) => isNumber(r.a) && isNumber(r.b) },
  { name: 'index signature', params: 'flags: { [name: string]: boolean }', fits: (r) => isPlainObject(r) && Object.values(r).every((b) => typeof b === 'boolean') },
  {
    name: 'members plus an index signature',
    params: 'o: { id: number; [extra: string]: number }',
    fits: (o) => isNumber(o.id) && Object.values(o).every(isNumber),
  },
  {
    name: 'numeric enum values are members',
    setup: 'export enum Level { Low, Mid = 5, High }',
    params: 'level: Level',
    fits: (x) => [0, 5, 6].includes(x),
    varied: (xs) => expect(new Set(xs).size).toBe(3),
  },
  {
    name: 'string enum values are members',
    setup: "export enum Color { Red = 'red', Blue = 'blue' }",
    params: 'color: Color',
    fits: (x) => ['red', 'blue'].includes(x),
    varied: (xs) => expect(new Set(xs).size).toBe(2),
  },
  {
    name: 'Date: valid dates generated, an invalid one among the examples',
    params: 'when: Date',
    fits: (d) => d instanceof Date,
    varied: (ds) => expect(ds.every((d) => !Number.isNaN(d.getTime()))).toBe(true),
  },
  {
    name: 'Map<string, number>',
    params: 'm: Map<string, number>',
    fits: (m) => m instanceof Map && [...m].every(([k, v]) => isString(k) && isNumber(v)),
    varied: (ms) => expect(ms.some((m) => m.size > 0)).toBe(true),
  },
  { name: 'Set<number>', params: 's: ReadonlySet<number>', fits: (s) => s instanceof Set && [...s].every(isNumber) },
  {
    name: 'nullable: null, undefined and values all appear',
    params: 'x: number | null | undefined',
    fits: (x) => x === null || x === undefined || isNumber(x),
    varied: (xs) => expect(kinds(xs)).toEqual(new Set(['null', 'undefined', 'number'])),
  },
  { name: 'optional parameter is sometimes undefined', params: 'x?: string', fits: (x) => x === undefined || isString(x), varied: (xs) => expect(kinds(xs)).toEqual(new Set(['undefined', 'string'])) },
  { name: 'defaulted parameter is sometimes undefined', params: 'x = 5', fits: (x) => x === undefined || isNumber(x), varied: (xs) => expect(kinds(xs)).toEqual(new Set(['undefined', 'number'])) },
  {
    name: 'callback returns its declared type',
    params: 'format: (n: number) => string',
    fits: (f) => typeof f === 'function' && isString(f(1)) && isString(f(-2.5)),
  },
  {
    name: 'async callback returns resolved promises',
    params: 'load: (id: string) => Promise<number>',
    fits: (f) => typeof f === 'function' && f('a') instanceof Promise,
  },
  {
    name: 'class instance through its public constructor',
    setup: 'export class Money { constructor(readonly cents: number, readonly currency: string) {} }',
    params: 'm: Money',
    fits: (m, scope) => m instanceof scope.Money && isNumber(m.cents) && isString(m.currency),
  },
  {
    name: 'class without a constructor',
    setup: 'export class Counter { count = 0 }',
    params: 'c: Counter',
    fits: (c, scope) => c instanceof scope.Counter && c.count === 0,
  },
  {
    name: 'generic class instance with its type argument',
    setup: 'export class Box<T> { constructor(readonly value: T) {} }',
    params: 'b: Box<string>',
    fits: (b, scope) => b instanceof scope.Box && isString(b.value),
  },
  {
    name: 'discriminated union yields every variant',
    setup: "export type Shape = { kind: 'circle'; r: number } | { kind: 'square'; side: number }",
    params: 's: Shape',
    fits: (s) => (s.kind === 'circle' && isNumber(s.r)) || (s.kind === 'square' && isNumber(s.side)),
    varied: (ss) => expect(new Set(ss.map((s) => s.kind)).size).toBe(2),
  },
  { name: 'Promise<T> parameter is a promise', params: 'p: Promise<number>', fits: (p) => p instanceof Promise },
  {
    name: 'unknown: a mix of values',
    params: 'x: unknown',
    fits: () => true,
    varied: (xs) => expect(kinds(xs).size).toBeGreaterThanOrEqual(4),
  },
  { name: 'template literal type', params: 'size: `${number}px`', fits: (s) => /^-?\d+px$/.test(s) },
  { name: 'template literal with a literal union', params: "id: `user-${'a' | 'b'}`", fits: (s) => s === 'user-a' || s === 'user-b' },
  {
    name: 'template literal text with a backtick and a dollar brace',
    params: "label: `${'a' | 'b'}\\`q\\${x}-${number}`",
    fits: (s) => /^[ab]`q\$\{x\}--?\d+$/.test(s),
  },
  { name: 'branded string: the base type', params: "id: string & { __brand: 'UserId' }", fits: isString },
  {
    name: 'recursive type stops at the depth limit',
    setup: 'export interface Tree { value: number; children: Tree[] }',
    params: 't: Tree',
    fits: function fitsTree(t: any): boolean {
      return isNumber(t.value) && Array.isArray(t.children) && t.children.every((c: any) => fitsTree(c));
    },
    varied: (ts) => expect(ts.some((t) => t.children.length > 0)).toBe(true),
  },
  {
    name: 'recursive optional member: a finite linked list',
    setup: 'export interface Node { value: string; next?: Node }',
    params: 'n: Node',
    fits: function fitsList(n: any): boolean {
      return isString(n.value) && (n.next === undefined || fitsList(n.next));
    },
  },
  { name: 'bigint | null', params: 'n: bigint | null', fits: (x) => x === null || typeof x === 'bigint' },
  { name: 'the object keyword', params: 'o: object', fits: (o) => typeof o === 'object' && o !== null },
  { name: 'Error', params: 'e: Error', fits: (e) => e instanceof Error },
  { name: 'Uint8Array', params: 'bytes: Uint8Array', fits: (b) => b instanceof Uint8Array },
  {
    name: 'Partial<T> makes every member optional',
    setup: 'export interface User { name: string; age: number }',
    params: 'patch: Partial<User>',
    fits: (p) => isPlainObject(p) && (p.name === undefined || isString(p.name)) && (p.age === undefined || isNumber(p.age)),
    varied: (ps) => expect(ps.some((p) => Object.keys(p).length === 0)).toBe(true),
  },
  {
    name: 'intersection of object types',
    params: 'x: { id: number } & { label: string }',
    fits: (x) => isNumber(x.id) && isString(x.label),
  },
  {
    name: 'interface methods are generated as functions',
    setup: 'export interface Clock { now(): number; zone: string }',
    params: 'clock: Clock',
    fits: (c) => typeof c.now === 'function' && isNumber(c.now()) && isString(c.zone),
  },
  { name: 'generic constrained by its constraint', params: 'x: T', fits: isString },
];

describe('types → generated inputs', () => {
  test.each(rows)('$name', (row) => {
    const typeParams = row.params === 'x: T' ? '<T extends string>' : '';
    const fixture = sourceFixture(`${row.setup ?? ''}\nexport function subject${typeParams}(${row.params}): void {}`);
    const { samples, examples } = planAndSample(fixture, 'subject');
    const values = samples.map((args) => args[0]);
    const unfit = [...values, ...examples.map((args) => args[0])].filter((x) => !row.fits(x, fixture.scope));
    expect(unfit).toEqual([]);
    expect(examples.length).toBeGreaterThan(0);
    row.varied?.(values, fixture.scope);
  });
});

describe('generics', () => {
  test('an unconstrained T is one type per call, and several types across calls', () => {
    const fixture = sourceFixture('export function subject<T>(xs: T[], first: T, key: (t: T) => number): void {}');
    const { samples, plan } = planAndSample(fixture, 'subject');
    expect(plan.tuple).toMatch(/^fc\.oneof\(/);
    const typeOf = (x: unknown) => (typeof x === 'object' ? 'object' : typeof x);
    for (const [xs, first, key] of samples as [unknown[], unknown, (t: unknown) => unknown][]) {
      expect(xs.every((x) => typeOf(x) === typeOf(first))).toBe(true);
      expect(typeof key(first)).toBe('number');
    }
    expect(new Set(samples.map(([, first]) => typeOf(first))).size).toBeGreaterThanOrEqual(3);
  });

  test('K extends keyof T picks keys of the object chosen for T', () => {
    const fixture = sourceFixture('export function subject<T, K extends keyof T>(o: T, k: K): T[K] { return o[k]; }');
    const { samples } = planAndSample(fixture, 'subject');
    for (const [o, k] of samples as [Record<string, unknown>, string][]) expect(Object.keys(o)).toContain(k);
  });

  test('a method of a generic class is planned with the class type parameter chosen', () => {
    const fixture = sourceFixture('export class Stack<T> { items: T[] = []; push(item: T, ...more: T[]): number { return 0; } }');
    const { samples, plan } = planAndSample(fixture, 'Stack.push');
    expect(plan.spreadLast).toBe(true);
    for (const [item, more] of samples as [unknown, unknown[]][]) {
      expect(more.every((m) => typeof m === typeof item)).toBe(true);
    }
  });
});

describe('numbers and rest parameters', () => {
  test('NaN, -0 and the infinities turn up, but rarely', () => {
    const fixture = sourceFixture('export function subject(x: number): void {}');
    const { samples } = planAndSample(fixture, 'subject', 4000);
    const special = samples.map(([x]) => x as number).filter((x) => Number.isNaN(x) || Object.is(x, -0) || !Number.isFinite(x));
    expect(special.length).toBeGreaterThan(0);
    expect(special.length).toBeLessThan(4000 * 0.05);
  });

  test('a rest parameter is one array element of the tuple, spread at the call', () => {
    const fixture = sourceFixture('export function subject(label: string, ...values: number[]): void {}');
    const { samples, plan, examples } = planAndSample(fixture, 'subject');
    expect(plan.spreadLast).toBe(true);
    expect(plan.parameters.map((p) => [p.name, p.rest])).toEqual([['label', false], ['values', true]]);
    for (const [label, values] of [...samples, ...examples] as [unknown, unknown[]][]) {
      expect(typeof label).toBe('string');
      expect(Array.isArray(values) && values.every((x) => typeof x === 'number')).toBe(true);
    }
  });
});
