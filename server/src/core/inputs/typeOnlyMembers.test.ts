// Members that exist only in the types (zod's `_zod.isst`, brands, `declare` fields, a package's
// declarations) must not fail correct code in the contract check; members that are present are
// still checked, and ordinary required members stay required.
import { describe, expect, test } from 'vitest';
import type { Validator } from '../runtime/validators';
import { planInputs } from './planInputs';
import { sourceFixture } from './sourceFixture';

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
