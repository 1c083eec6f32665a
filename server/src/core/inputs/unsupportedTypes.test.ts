// A type the generator cannot build values of is refused, naming the type as written and the
// member path where it sits. An optional member or parameter of such a type is left out
// (undefined) instead, and the plan's notes say so.
import { describe, expect, test } from 'vitest';
import { planConstructorInputs, planInputs } from './planInputs';
import { planAndSample, sourceFixture } from './sourceFixture';

const refused = [
  {
    name: 'WeakMap',
    source: 'export function subject(cache: WeakMap<object, string>): void {}',
    type: 'WeakMap<object, string>',
    because: 'built-in type `WeakMap`',
  },
  {
    name: 'a class with a private constructor',
    source: 'export class Socket { private constructor() {} }\nexport function subject(s: Socket): void {}',
    type: 'Socket',
    because: 'its constructor is private',
  },
  {
    name: 'a class whose base has a protected constructor',
    source: 'export class Base { protected constructor() {} }\nexport class Derived extends Base {}\nexport function subject(d: Derived): void {}',
    type: 'Derived',
    because: 'its constructor is protected',
  },
  {
    name: 'an abstract class',
    source: 'export abstract class Shape { abstract area(): number }\nexport function subject(s: Shape): void {}',
    type: 'Shape',
    because: 'abstract',
  },
  {
    name: 'a type from a module that does not resolve',
    source: "import { Socket } from 'net';\nexport function subject(s: Socket): void {}",
    type: 'Socket',
    because: 'does not resolve',
  },
  {
    name: 'a global the lib does not declare',
    source: 'export function subject(stream: ReadableStream): void {}',
    type: 'ReadableStream',
    because: 'does not resolve',
  },
  {
    name: 'a class the generated test cannot reach',
    source: "import { Connection } from './connection';\nexport function subject(c: Connection): void {}",
    type: 'Connection',
    because: 'cannot reach class `Connection`',
  },
  {
    name: 'an interface from a package, with methods',
    source: "import type { Stream } from 'streamlib';\nexport function subject(s: Stream): void {}",
    type: 'Stream',
    because: 'a type from a package',
  },
  {
    name: 'a callable interface with properties',
    source: 'export interface Handler { (req: string): void; timeout: number }\nexport function subject(h: Handler): void {}',
    type: 'Handler',
    because: 'a function that also has properties',
  },
  {
    name: 'a recursive type without a finite value',
    source: 'export interface Loop { next: Loop }\nexport function subject(l: Loop): void {}',
    type: 'Loop',
    because: 'recursive',
  },
  {
    name: 'never',
    source: 'export function subject(x: never): void {}',
    type: 'never',
    because: 'no value',
  },
  {
    name: 'a nested unsupported member names the member type',
    source: 'export interface Job { id: number; signal: WeakRef<object> }\nexport function subject(jobs: Job[]): void {}',
    type: 'WeakRef<object>',
    because: 'parameter `jobs`',
  },
  {
    name: 'a nested required member names its path (zod `_zod.constr`)',
    source:
      'export interface Internals { version: number; constr: new (def: any) => Schema }\nexport interface Schema { _zod: Internals }\nexport function subject(schema: Schema): void {}',
    type: 'new (def: any) => Schema',
    because: 'at `_zod.constr`: a constructor type (parameter `schema`)',
  },
  {
    name: 'a symbol-keyed member is written as in the source',
    source: 'export interface Bag { size: number; [Symbol.iterator](): Iterator<number> }\nexport function subject(bag: Bag): void {}',
    type: 'Bag',
    because: 'its member `[Symbol.iterator]` is keyed by a symbol',
  },
  {
    name: 'a member keyed by a unique symbol is written as in the source (rxjs `[Symbol_observable]`)',
    source:
      'declare const observable: unique symbol;\nexport interface Interop { [observable]: () => number }\nexport function subject(input: { source: Interop }): void {}',
    type: 'Interop',
    because: 'at `source`: its member `[observable]` is keyed by a symbol',
  },
];

const PACKAGES = {
  '/src/connection.ts': 'export class Connection { constructor(readonly url: string) {} }',
  '/node_modules/streamlib/index.d.ts':
    'export interface Stream { read(size: number): string; closed: boolean }\nexport interface StreamOptions { highWaterMark?: number; encoding: string }',
};

describe('unsupported types', () => {
  test.each(refused)('$name', ({ source, type, because }) => {
    const fixture = sourceFixture(source, PACKAGES);
    const result = planInputs(fixture.fn('subject'), fixture.refs);
    expect(result).toMatchObject({ ok: false, unsupportedType: type });
    if (result.ok) return;
    expect(result.reason).toContain(`cannot generate \`${type}\``);
    expect(result.reason).toContain(because);
    expect(result.reason).not.toMatch(/__@|__#/);
  });

  test('a plain data type from a package is generated', () => {
    const fixture = sourceFixture("import type { StreamOptions } from 'streamlib';\nexport function subject(o: StreamOptions): void {}", PACKAGES);
    const result = planInputs(fixture.fn('subject'), fixture.refs);
    expect(result.ok && result.plan.parameters[0].arbitrary).toMatch(/^fc\.record\(\{ highWaterMark: .*encoding: /);
  });

  test('an unsupported return type does not stop the plan: nothing is checked', () => {
    const fixture = sourceFixture('export function subject(n: number): WeakMap<object, number> { return new WeakMap(); }');
    const result = planInputs(fixture.fn('subject'), fixture.refs);
    expect(result.ok).toBe(true);
    expect(result.ok && 'returns' in result.plan).toBe(false);
  });

  test('constructor inputs: private constructors and abstract classes are refused', () => {
    const fixture = sourceFixture('export class Vault { private constructor(readonly key: string) {} }\nexport abstract class Plugin {}');
    expect(planConstructorInputs(fixture.cls('Vault'), fixture.refs)).toMatchObject({
      ok: false,
      unsupportedType: 'Vault',
      reason: 'cannot generate `Vault`: its constructor is private',
    });
    expect(planConstructorInputs(fixture.cls('Plugin'), fixture.refs)).toMatchObject({ ok: false, unsupportedType: 'Plugin' });
  });
});

describe('optional members and parameters of an unsupported type', () => {
  test('an optional constructor-type member is left out of the object', () => {
    const fixture = sourceFixture('export interface Options { size: number; constr?: new () => object }\nexport function subject(options: Options): void {}');
    const { samples, examples, plan } = planAndSample(fixture, 'subject');
    for (const [options] of [...samples, ...examples] as Record<string, unknown>[][]) {
      expect(typeof options.size).toBe('number');
      expect('constr' in options).toBe(false);
    }
    expect(plan.notes).toEqual([
      'optional `constr` is left out: cannot generate `new () => object` at `constr`: a constructor type (parameter `options`)',
    ]);
  });

  test('an optional symbol-keyed member is left out too', () => {
    const fixture = sourceFixture('export interface Source { value: number; [Symbol.iterator]?(): Iterator<number> }\nexport function subject(source: Source): void {}');
    const { samples, plan } = planAndSample(fixture, 'subject');
    expect(samples.every(([source]) => typeof (source as { value: unknown }).value === 'number')).toBe(true);
    expect(plan.notes?.[0]).toContain('optional `[Symbol.iterator]` is left out');
  });

  test('an optional parameter of an unsupported type is always undefined (rxjs `promiseCtor?`)', () => {
    const fixture = sourceFixture('export function subject(next: (value: number) => void, promiseCtor?: PromiseConstructorLike): void {}');
    const { samples, examples, plan } = planAndSample(fixture, 'subject');
    for (const [next, promiseCtor] of [...samples, ...examples]) {
      expect(typeof next).toBe('function');
      expect(promiseCtor).toBeUndefined();
    }
    expect(plan.notes).toEqual([
      'optional parameter `promiseCtor` is always undefined: cannot generate `PromiseConstructorLike`: a constructor type',
    ]);
  });

  test('an optional constructor argument of a class built as an input is undefined', () => {
    const fixture = sourceFixture('export class Job { constructor(readonly id: number, readonly make?: new () => object) {} }\nexport function subject(job: Job): void {}');
    const { samples } = planAndSample(fixture, 'subject');
    for (const [job] of samples as { id: number; make: unknown }[][]) expect([typeof job.id, job.make]).toEqual(['number', undefined]);
  });

  test('a required member or parameter of that type is still unsupported', () => {
    const member = sourceFixture('export interface Options { size: number; constr: new () => object }\nexport function subject(options?: Options): void {}');
    expect(planInputs(member.fn('subject'), member.refs)).toMatchObject({ ok: true, plan: { notes: [expect.stringContaining('at `constr`')] } });
    const required = sourceFixture('export interface Options { size: number; constr: new () => object }\nexport function subject(options: Options): void {}');
    expect(planInputs(required.fn('subject'), required.refs)).toMatchObject({
      ok: false,
      reason: 'cannot generate `new () => object` at `constr`: a constructor type (parameter `options`)',
    });
  });
});
