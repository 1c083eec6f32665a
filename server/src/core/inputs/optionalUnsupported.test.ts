// An optional member or parameter whose type cannot be generated is left out (undefined), so
// it does not make the whole declaration unverifiable; the plan says what was left out. A
// required one still makes the parameter unsupported.
import { describe, expect, test } from 'vitest';
import { planInputs } from './planInputs';
import { planAndSample, sourceFixture } from './sourceFixture';

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
    expect(samples.every(([source]) => typeof (source as Source).value === 'number')).toBe(true);
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

interface Source {
  value: number;
}
