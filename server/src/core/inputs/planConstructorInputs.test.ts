// Instances to call instance methods on, built through the public constructor.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planConstructorInputs } from './planInputs';
import { sourceFixture } from './sourceFixture';

function constructorPlan(source: string, className: string) {
  const fixture = sourceFixture(source);
  const result = planConstructorInputs(fixture.cls(className), fixture.refs);
  if (!result.ok) throw new Error(result.reason);
  const plan = result.plan;
  const sample = <T>(code: string) => fc.sample(fixture.evaluate<fc.Arbitrary<T>>(code), { numRuns: 100, seed: 1 });
  return { plan, fixture, sample, examples: fixture.evaluate<unknown[][]>(plan.examples) };
}

describe('constructor inputs', () => {
  test('public constructor arguments, rest spread, and an arbitrary of instances', () => {
    const { plan, fixture, sample, examples } = constructorPlan(
      'export class Item { readonly tags: string[]; constructor(readonly name: string, readonly price: number, ...tags: string[]) { this.tags = tags; } }',
      'Item',
    );
    expect(plan.parameters.map((p) => `${p.rest ? '...' : ''}${p.name}: ${p.typeText}`)).toEqual(['name: string', 'price: number', '...tags: string[]']);
    expect(plan.spreadLast).toBe(true);
    expect(plan.instance).toMatch(/\.map\(\(\[name, price, tags\]\) => new refs\.Item\(name, price, \.\.\.tags\)\)$/);
    const Item = fixture.scope.Item as new (...args: unknown[]) => { name: unknown; price: unknown; tags: unknown[] };
    for (const item of sample<InstanceType<typeof Item>>(plan.instance!)) {
      expect(item).toBeInstanceOf(Item);
      expect(typeof item.name).toBe('string');
      expect(typeof item.price).toBe('number');
      expect(item.tags.every((t) => typeof t === 'string')).toBe(true);
    }
    expect(examples[0]).toEqual(['', 0, []]);
  });

  test('no constructor: an empty argument tuple', () => {
    const { plan, fixture, sample, examples } = constructorPlan('export class Counter { count = 0; increment() { this.count++; } }', 'Counter');
    expect(plan.parameters).toEqual([]);
    expect(plan.tuple).toBe('fc.tuple()');
    expect(examples).toEqual([[]]);
    const instances = sample<object>(plan.instance!);
    expect(instances.every((c) => c instanceof (fixture.scope.Counter as new () => object))).toBe(true);
    expect(new Set(instances).size).toBe(instances.length); // a fresh instance each time
  });

  test('an inherited constructor is used', () => {
    const { plan } = constructorPlan(
      'export class Base { constructor(readonly id: number, label?: string) {} }\nexport class Derived extends Base { extra = 1 }',
      'Derived',
    );
    expect(plan.parameters.map((p) => [p.name, p.optional])).toEqual([['id', false], ['label', true]]);
  });

  test('constants compared in the constructor seed its examples', () => {
    const { examples } = constructorPlan(
      "export class Account { constructor(readonly limit: number) { if (limit > 5000) throw new RangeError('too high'); } }",
      'Account',
    );
    expect(examples.map(([limit]) => limit)).toEqual(expect.arrayContaining([4999, 5000, 5001]));
  });

  test('a generic class is built at several concrete types', () => {
    const { plan, sample } = constructorPlan('export class Box<T> { constructor(readonly value: T) {} }', 'Box');
    const kinds = new Set(sample<{ value: unknown }>(plan.instance!).map((b) => typeof b.value));
    expect(kinds.size).toBeGreaterThanOrEqual(2);
  });
});
