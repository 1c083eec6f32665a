// Declared return types → generated `returns` code, evaluated with the runtime `v` and run
// against real values: everything the type allows passes, a breach is named with its path.
import { describe, expect, test } from 'vitest';
import type { Validator } from '../runtime/validators';
import { planInputs } from './planInputs';
import { sourceFixture } from './sourceFixture';

function returnsOf(source: string, name = 'subject', extraFiles: Record<string, string> = {}) {
  const fixture = sourceFixture(source, extraFiles);
  const result = planInputs(fixture.fn(name), fixture.refs);
  if (!result.ok) throw new Error(result.reason);
  const { returns, returnsPromise } = result.plan;
  return { code: returns, returnsPromise, validator: returns ? fixture.evaluate<Validator>(returns) : undefined, scope: fixture.scope };
}

interface Row {
  returnType: string;
  setup?: string;
  accepts: unknown[];
  rejects: [value: unknown, message: string][];
}

const rows: Row[] = [
  { returnType: 'number', accepts: [0, -0, NaN, Infinity], rejects: [[undefined, 'expected number, got undefined']] },
  { returnType: 'string | undefined', accepts: ['', undefined], rejects: [[null, 'expected string | undefined, got null']] },
  { returnType: "'gold' | 'silver' | null", accepts: ['gold', null], rejects: [['bronze', 'expected "gold" | "silver" | null, got string "bronze"']] },
  { returnType: 'boolean', accepts: [true, false], rejects: [[0, 'expected boolean, got number 0']] },
  {
    returnType: 'Line[]',
    setup: 'export interface Line { sku: string; price: number; note?: string }',
    accepts: [[], [{ sku: 'a', price: NaN }, { sku: 'b', price: 2, note: 'x', extra: true }]],
    rejects: [
      [[{ sku: 'a', price: 1 }, { sku: 'b' }], 'expected number at [1].price, got undefined'],
      [[{ sku: 'a', price: 1, note: 5 }], 'expected string | undefined at [0].note, got number 5'],
    ],
  },
  {
    returnType: 'Level',
    setup: "export enum Level { Low = 1, High = 'high' }",
    accepts: [1, 'high'],
    rejects: [[2, 'expected 1 | "high", got number 2']],
  },
  {
    returnType: '[string, number?]',
    accepts: [['a'], ['a', 1]],
    rejects: [[['a', 'b'], 'expected number | undefined at [1], got string "b"']],
  },
  {
    returnType: 'Record<string, number[]>',
    accepts: [{}, { a: [1, NaN] }],
    rejects: [[{ a: [1, '2'] }, 'expected number at a[1], got string "2"']],
  },
  {
    returnType: 'Map<string, Set<number>>',
    accepts: [new Map(), new Map([['a', new Set([1])]])],
    rejects: [[new Map([['a', [1]]]), 'expected Set at get("a"), got array of 1']],
  },
  { returnType: 'Date', accepts: [new Date(NaN)], rejects: [['2024-01-01', 'expected Date, got string "2024-01-01"']] },
  {
    returnType: 'Shape',
    setup: "export type Shape = { kind: 'circle'; r: number } | { kind: 'square'; side: number }",
    accepts: [{ kind: 'circle', r: 1 }, { kind: 'square', side: 2 }],
    rejects: [[{ kind: 'square', r: 1 }, 'expected number at side, got undefined']],
  },
  {
    returnType: 'Tree',
    setup: 'export interface Tree { value: number; children: Tree[] }',
    accepts: [{ value: 1, children: [{ value: 2, children: [{ value: 3, children: [{ value: 4, children: [{ value: 'deep' }] }] }] }] }],
    rejects: [[{ value: 1, children: [{ value: 'x', children: [] }] }, 'expected number at children[0].value, got string "x"']],
  },
  {
    returnType: '{ total: number; format(): string }',
    accepts: [{ total: 1, format: () => '' }],
    rejects: [[{ total: 1 }, 'expected function at format, got undefined']],
  },
  { returnType: 'object', accepts: [{}, [], () => 1], rejects: [['x', 'expected object, got string "x"']] },
  { returnType: 'Error', accepts: [new TypeError('x')], rejects: [[{ message: 'x' }, 'expected Error, got object']] },
];

describe('generated return validators', () => {
  test.each(rows)('$returnType', ({ returnType, setup, accepts, rejects }) => {
    const { validator } = returnsOf(`${setup ?? ''}\nexport function subject(): ${returnType} { return undefined!; }`);
    expect(validator).toBeDefined();
    for (const value of accepts) expect(validator!(value)).toBeUndefined();
    for (const [value, message] of rejects) expect(validator!(value)).toBe(message);
  });

  test.each(['void', 'any', 'unknown', 'never', 'T'])('nothing to check for %s', (returnType) => {
    const { code } = returnsOf(`export function subject<T>(x: T): ${returnType} { throw new Error(); }`);
    expect(code).toBeUndefined();
  });

  test('generics are not checked beyond their shape: T[] is an array of anything', () => {
    const { code, validator } = returnsOf('export function subject<T>(xs: T[]): T[] { return xs; }');
    expect(code).toBe('v.array(v.unknown)');
    expect(validator!([1, 'a', null])).toBeUndefined();
  });

  test('Promise<T>: the harness awaits, then checks T', () => {
    const async = returnsOf('export async function subject(): Promise<number> { return 1; }');
    expect(async).toMatchObject({ code: 'v.number', returnsPromise: true });
    const asyncVoid = returnsOf('export async function subject(): Promise<void> {}');
    expect(asyncVoid).toMatchObject({ code: undefined, returnsPromise: true });
    expect(returnsOf('export function subject(): number { return 1; }').returnsPromise).toBe(false);
  });

  test('a reachable class is checked with instanceof', () => {
    const { code, validator, scope } = returnsOf('export class Money { constructor(readonly cents: number) {} }\nexport function subject(): Money { return new Money(1); }');
    expect(code).toBe('v.instanceOf(refs.Money)');
    const Money = scope.Money as new (cents: number) => object;
    expect(validator!(new Money(1))).toBeUndefined();
    expect(validator!({ cents: 1 })).toBe('expected Money, got object');
  });

  test('an unreachable class is checked by its public members', () => {
    const { code, validator } = returnsOf("import { Account } from './account';\nexport function subject(): Account { return undefined!; }", 'subject', {
      '/src/account.ts': 'export class Account { private secret = 1; constructor(readonly id: string, public balance: number) {} close(): void {} }',
    });
    expect(code).toBe('v.object({ id: v.string, balance: v.number, close: v.func })');
    expect(validator!({ id: 'a', balance: 0, close() {} })).toBeUndefined();
    expect(validator!({ id: 'a', balance: '0', close() {} })).toBe('expected number at balance, got string "0"');
  });

  test('getters and methods get their return type checked', () => {
    const source = 'export class Cart { items: number[] = []; get size(): number { return 0; } total(): { sum: number } { return { sum: 0 }; } }';
    expect(returnsOf(source, 'Cart.size').code).toBe('v.number');
    expect(returnsOf(source, 'Cart.total').code).toBe('v.object({ sum: v.number })');
  });
});

// Members that exist only in the types (zod's `_zod.isst`, brands, `declare` fields, a package's
// declarations) must not fail correct code; members that are present are still checked.
function validatorOf(source: string, extraFiles: Record<string, string> = {}): { code: string; validator: Validator } {
  const fixture = sourceFixture(source, extraFiles);
  const result = planInputs(fixture.fn('subject'), fixture.refs);
  if (!result.ok || !result.plan.returns) throw new Error(result.ok ? 'no return validator' : result.reason);
  return { code: result.plan.returns, validator: fixture.evaluate<Validator>(result.plan.returns) };
}

const ZOD = `
export interface $ZodIssueInvalidStringFormat { code: 'invalid_format'; format: string }
export interface $ZodStringFormatInternals { def: { check: 'string_format'; format: string }; isst: $ZodIssueInvalidStringFormat; output: string }
export interface ZodCustomStringFormat { _zod: $ZodStringFormatInternals; format: string }
export function subject(): ZodCustomStringFormat { return undefined!; }`;

describe('type-only members in return validators', () => {
  test('zod: `_zod.isst` is declared but never assigned; present members are still checked', () => {
    const { validator } = validatorOf(ZOD);
    const made = { _zod: { def: { check: 'string_format', format: 'currency_code' } }, format: 'currency_code' };
    expect(validator(made)).toBeUndefined();
    expect(validator({ ...made, _zod: { def: { check: 'string_format', format: 3 } } })).toBe('expected string at _zod.def.format, got number 3');
    expect(validator({ _zod: made._zod })).toBe('expected string at format, got undefined');
  });

  test('a real violation is still caught: `{ total: number }` without total', () => {
    const { code, validator } = validatorOf('export function subject(): { total: number } { return { total: 1 }; }');
    expect(code).toBe('v.object({ total: v.number })');
    expect(validator({})).toBe('expected number at total, got undefined');
  });

  test.each([
    ['an underscore, tilde or dollar name', "{ id: string; _type: 'user'; '~standard': { version: 1 }; $brand: 'id' }"],
    ['a brand', "{ id: string; __brand: 'UserId'; brand: 'x' }"],
    ['an @internal member', '{ id: string; /** @internal */ cache: number[] }'],
  ])('%s may be missing', (_name, type) => {
    const { validator } = validatorOf(`export function subject(): ${type} { return undefined!; }`);
    expect(validator({ id: 'a' })).toBeUndefined();
    expect(validator({})).toBe('expected string at id, got undefined');
  });

  test('a `declare` field of a class checked by its members', () => {
    const { code, validator } = validatorOf("import { Account } from './account';\nexport function subject(): Account { return undefined!; }", {
      '/src/account.ts': 'export class Account { declare owner: string; constructor(readonly id: string) {} }',
    });
    expect(code).toBe("v.object({ owner: v.string, id: v.string }, { typeOnly: ['owner'] })");
    expect(validator({ id: 'a' })).toBeUndefined();
    expect(validator({ id: 'a', owner: 1 })).toBe('expected string at owner, got number 1');
  });

  test("a package's type: its members may be missing, present ones are checked", () => {
    const { validator } = validatorOf("import type { Meta } from 'metalib';\nexport function subject(): Meta { return undefined!; }", {
      '/node_modules/metalib/index.d.ts': 'export interface Meta { version: number; tags: string[] }',
    });
    expect(validator({})).toBeUndefined();
    expect(validator({ version: '1' })).toBe('expected number at version, got string "1"');
  });

  test("TypeScript's lib is not a package: members of a `Record` stay required", () => {
    const { validator } = validatorOf("export function subject(): Record<'a' | 'b', number> { return undefined!; }");
    expect(validator({ a: 1 })).toBe('expected number at b, got undefined');
  });
});
