// Inputs for `any` and `unknown`: mostly JSON-like values, and at modest weights the values
// JSON leaves out, where edits to loosely typed code tend to differ: functions (rxjs
// `isArrayLike` stopped rejecting them), symbols, objects with symbol keys, instances of a
// class, Dates, Maps, Sets, NaN, -0 and nested arrays. All fast-check built-ins, so the values
// are deterministic for a seed and shrink towards the JSON ones.

const JSON_VALUE = 'fc.jsonValue()';

/** Besides JSON: Dates, Maps, Sets, bigints, NaN, -0, undefined, nested arrays and objects. */
const BUILT_IN_VALUE = 'fc.anything({ maxDepth: 2, withDate: true, withMap: true, withSet: true, withBigInt: true })';

const ENTRIES: readonly [weight: number, arbitrary: string][] = [
  [6, JSON_VALUE],
  [2, BUILT_IN_VALUE],
  [1, `fc.func(${JSON_VALUE})`],
  [1, 'fc.string().map((description) => Symbol(description))'],
  [1, `fc.dictionary(fc.string(), ${JSON_VALUE}).map((fields) => Object.assign(new (class Custom {})(), fields))`],
  [1, `fc.tuple(fc.string(), ${JSON_VALUE}).map(([key, value]) => ({ key, [Symbol(key)]: value }))`],
  [1, 'fc.constantFrom(undefined, NaN, -0)'],
];

/** The arbitrary of `any` / `unknown`, as code. */
export const ANY_ARBITRARY = `fc.oneof(${ENTRIES.map(([weight, arbitrary]) => `{ weight: ${weight}, arbitrary: ${arbitrary} }`).join(', ')})`;

/** Examples of `any` / `unknown`, tried first: `undefined` is the default. */
export const ANY_EDGES: readonly string[] = [
  'undefined',
  'null',
  '0',
  "''",
  '{}',
  '[]',
  'NaN',
  '-0',
  '() => undefined',
  "Symbol('edge')",
  '[[]]',
  'new Date(0)',
  'new Map()',
  'new Set()',
  'new (class Custom {})()',
  "{ [Symbol('key')]: 1 }",
];
