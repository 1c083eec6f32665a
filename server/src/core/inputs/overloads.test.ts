// Overloaded functions, methods and constructors are called as their overload signatures
// allow, laid out over the implementation's parameter list (which the generated call passes),
// and their results are checked against the union of the overloads' return types.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Validator } from '../runtime/validators';
import { planConstructorInputs, planInputs } from './planInputs';
import { planAndSample, sourceFixture } from './sourceFixture';

const DOC = `
export type ModeWriter = (doc: { indent: number }) => void;
export class Doc {
  content: string[] = [];
  write(fn: ModeWriter): void;
  write(line: string): void;
  write(arg: any): void {}
}`;

describe('overloads', () => {
  test('inputs come from the overloads, not from an implementation typed any (zod Doc.write)', () => {
    const { samples, examples, plan } = planAndSample(sourceFixture(DOC), 'Doc.write');
    const values = [...samples, ...examples].map(([arg]) => arg);
    expect(values.filter((x) => typeof x !== 'string' && typeof x !== 'function')).toEqual([]);
    expect(new Set(values.map((x) => typeof x))).toEqual(new Set(['string', 'function']));
    expect(plan.tuple).toMatch(/^fc\.oneof\(/);
    expect(plan.parameters).toMatchObject([{ name: 'fn', typeText: 'ModeWriter', optional: false, rest: false }]);
  });

  test('an implementation-only optional parameter is passed as undefined (rxjs Observable.forEach)', () => {
    const fixture = sourceFixture(`
      export class Observable<T> {
        forEach(next: (value: T) => void): Promise<void>;
        /** @deprecated */
        forEach(next: (value: T) => void, promiseCtor: PromiseConstructorLike): Promise<void>;
        forEach(next: (value: T) => void, promiseCtor?: PromiseConstructorLike): Promise<void> { return Promise.resolve(); }
      }`);
    const { samples, plan } = planAndSample(fixture, 'Observable.forEach');
    expect(plan.parameters.map((p) => p.name)).toEqual(['next', 'promiseCtor']);
    for (const [next, promiseCtor] of samples) {
      expect(typeof next).toBe('function');
      expect(promiseCtor).toBeUndefined();
    }
    expect(plan.notes).toEqual([expect.stringMatching(/^overload `forEach\(next: .*promiseCtor: PromiseConstructorLike\)` is never called: cannot generate `PromiseConstructorLike`: a constructor type/)]);
    expect(plan.returnsPromise).toBe(true);
  });

  test('the contract is the union of the overloads’ return types', () => {
    const fixture = sourceFixture(`
      export function parse(text: string): number;
      export function parse(texts: string[]): number[];
      export function parse(input: any): any { return 0; }`);
    const result = planInputs(fixture.fn('parse'), fixture.refs);
    if (!result.ok) throw new Error(result.reason);
    const validator = fixture.evaluate<Validator>(result.plan.returns!);
    expect(validator(1)).toBeUndefined();
    expect(validator([1, 2])).toBeUndefined();
    expect(validator('1')).toBe('expected number | number[], got string "1"');
  });

  test('overloads differing in Promise-ness: nothing awaited, a promise accepted as one', () => {
    const fixture = sourceFixture(`
      export function load(id: string): Promise<number>;
      export function load(id: string, sync: true): number;
      export function load(id: string, sync?: boolean): any { return 0; }`);
    const result = planInputs(fixture.fn('load'), fixture.refs);
    expect(result).toMatchObject({ ok: true, plan: { returnsPromise: false } });
    const validator = result.ok ? fixture.evaluate<Validator>(result.plan.returns!) : undefined;
    expect(validator?.(Promise.resolve(1))).toBeUndefined();
    expect(validator?.('x')).toBeDefined();
  });

  test('arguments landing on the implementation’s rest parameter keep each overload’s arity', () => {
    const fixture = sourceFixture(`
      export function pipe(): string;
      export function pipe(first: number): string;
      export function pipe(first: number, ...more: boolean[]): string;
      export function pipe(...operations: unknown[]): string { return ''; }`);
    const { samples, examples, plan } = planAndSample(fixture, 'pipe');
    expect(plan.spreadLast).toBe(true);
    for (const [operations] of [...samples, ...examples] as [unknown[]][]) {
      expect(Array.isArray(operations)).toBe(true);
      if (operations.length > 0) expect(typeof operations[0]).toBe('number');
      expect(operations.slice(1).every((x) => typeof x === 'boolean')).toBe(true);
    }
    expect(new Set(samples.map(([operations]) => (operations as unknown[]).length)).size).toBeGreaterThan(2);
  });

  test('a generic overload is instantiated like a generic function', () => {
    const fixture = sourceFixture(`
      export function first<T>(items: T[], fallback: T): T;
      export function first(text: string): string;
      export function first(a: any, b?: any): any { return a; }`);
    const { samples } = planAndSample(fixture, 'first');
    const typeOf = (x: unknown) => (typeof x === 'object' ? 'object' : typeof x);
    for (const [a, b] of samples as [unknown, unknown][]) {
      if (typeof a === 'string') expect(b).toBeUndefined();
      else expect((a as unknown[]).every((item) => typeOf(item) === typeOf(b))).toBe(true);
    }
  });

  test('an overload that cannot be generated is left out; all of them: unsupported', () => {
    const fixture = sourceFixture(`
      export function wrap(target: WeakMap<object, string>): void;
      export function wrap(target: WeakSet<object>): void;
      export function wrap(target: any): void {}`);
    const result = planInputs(fixture.fn('wrap'), fixture.refs);
    expect(result).toMatchObject({ ok: false, unsupportedType: 'WeakMap<object, string>' });
  });

  test('an overloaded constructor builds instances through every overload', () => {
    const fixture = sourceFixture(`
      export class Point {
        x: number;
        constructor(x: number);
        constructor(x: string, y: string);
        constructor(x: any, y?: any) { this.x = Number(x) + Number(y ?? 0); }
      }`);
    const result = planConstructorInputs(fixture.cls('Point'), fixture.refs);
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.parameters.map((p) => [p.name, p.optional])).toEqual([['x', false], ['y', true]]);
    const args = fc.sample(fixture.evaluate<fc.Arbitrary<unknown[]>>(result.plan.tuple), { numRuns: 200, seed: 1 });
    for (const [x, y] of args) expect(typeof x === 'number' ? y === undefined : typeof x === 'string' && typeof y === 'string').toBe(true);
    expect(new Set(args.map(([x]) => typeof x))).toEqual(new Set(['number', 'string']));
    const instances = fc.sample(fixture.evaluate<fc.Arbitrary<unknown>>(result.plan.instance!), { numRuns: 20, seed: 1 });
    expect(instances.every((p) => p instanceof (fixture.scope.Point as new () => object))).toBe(true);
  });

  test('a function without overloads keeps its one tuple', () => {
    const { plan } = planAndSample(sourceFixture('export function f(a: number, b?: string): void {}'), 'f');
    expect(plan.tuple).toMatch(/^fc\.tuple\(/);
    expect(plan.notes).toBeUndefined();
  });
});
