// A TypeShape as a fast-check arbitrary, written as code for the generated test file. Numbers
// favour small integers with some doubles (NaN, -0 and the infinities turn up rarely: the
// examples try them first); strings mix printable ASCII and graphemes; constants mined from the
// body are mixed in at a modest weight, and so are decimals where the body rounds (decimalScales.ts)
// and strings built from the body's literals (structuredText.ts). `any` and `unknown` are mostly
// JSON, and at modest weights the values JSON leaves out, where edits to loosely typed code tend
// to differ: functions (rxjs `isArrayLike` stopped rejecting them), symbols, objects with symbol
// keys, class instances, Dates, Maps, Sets, NaN, -0, nested arrays. All of them fast-check
// built-ins, so values are deterministic for a seed and shrink.
import type { BodyConstants } from './bodyConstants';
import { argumentNames } from './argumentNames';
import { decimalArbitrary } from './decimalScales';
import { structuredTextArbitrary } from './structuredText';
import { isNullish, type ArgumentShape, type GlobalClassName, type TupleElement, type TypeShape } from './typeShape';
import { literalCode, numberCode, propertyKeyCode, regexCode, stringCode } from './valueCode';

type Weighted = [weight: number, arbitrary: string];

const SMALL_INTEGERS = 'fc.integer({ min: -1000, max: 1000 })';
/** A handful of values, so that numbers repeat: ties (two lines at the lowest price), equal
 *  boundaries and duplicates show up often instead of almost never. */
const FEW_INTEGERS = 'fc.integer({ min: -2, max: 3 })';
const NO_NULL_PROTOTYPE = '{ noNullPrototype: true }';

/** A number that bounds a loop or sizes an allocation (see loopBounds.ts): sizes a loop is written
 *  for, a few fractions and negatives, the body's constants; no 1e21 to count up to. */
export function sizeArbitrary(constants: BodyConstants): string {
  return weightedOneof([
    [3, 'fc.integer({ min: -1, max: 64 })'],
    [2, FEW_INTEGERS],
    [1, 'fc.double({ min: -1000, max: 1000 })'],
    ...constantsEntry(constants.numbers.map(numberCode)),
  ]);
}

export function arbitraryForShape(shape: TypeShape, constants: BodyConstants): string {
  const of = (s: TypeShape) => arbitraryForShape(s, constants);
  switch (shape.kind) {
    case 'number':
      return weightedOneof([
        [3, SMALL_INTEGERS],
        [2, FEW_INTEGERS],
        // before fc.double: an example such as 12.345 shrinks as the first that can shrink it
        ...(constants.scales.length > 0 ? [[2, decimalArbitrary(constants.scales)] satisfies Weighted] : []),
        [1, 'fc.double()'],
        ...constantsEntry(constants.numbers.map(numberCode)),
      ]);
    case 'string': {
      const structured = structuredTextArbitrary(constants.text);
      return weightedOneof([
        [3, 'fc.string()'],
        [1, "fc.string({ unit: 'grapheme' })"],
        ...constantsEntry(constants.strings.map(stringCode)),
        ...constants.patterns.map((p): Weighted => [1, `fc.stringMatching(${regexCode(p)})`]),
        ...(structured ? [[2, structured] satisfies Weighted] : []),
      ]);
    }
    case 'boolean':
      return 'fc.boolean()';
    case 'bigint':
      return 'fc.bigInt()';
    case 'symbol':
      return 'fc.string().map((description) => Symbol(description))';
    case 'undefined':
    case 'void':
      return 'fc.constant(undefined)';
    case 'null':
      return 'fc.constant(null)';
    case 'unknown':
      return ANY_ARBITRARY;
    case 'nonPrimitive':
      return `fc.oneof(fc.dictionary(fc.string(), fc.jsonValue(), ${NO_NULL_PROTOTYPE}), fc.array(fc.jsonValue()))`;
    case 'literal':
      return shape.values.length === 1
        ? `fc.constant(${literalCode(shape.values[0])})`
        : `fc.constantFrom(${shape.values.map(literalCode).join(', ')})`;
    case 'union':
      return unionArbitrary(shape.members, of);
    case 'array':
      return `fc.array(${of(shape.element)})`;
    case 'tuple':
      return tupleArbitrary(shape.elements, of);
    case 'object':
      return objectArbitrary(shape, of);
    case 'date':
      return 'fc.date({ noInvalidDate: true })';
    case 'map':
      return `fc.array(fc.tuple(${of(shape.key)}, ${of(shape.value)})).map((entries) => new Map(entries))`;
    case 'set':
      return `fc.array(${of(shape.element)}).map((items) => new Set(items))`;
    case 'promise':
      return `${of(shape.value)}.map((value) => Promise.resolve(value))`;
    case 'function': {
      // fc.func answers according to every argument it gets; pass only the declared ones, so a
      // caller that adds arguments (filter's index) does not change the callback's answers.
      if (shape.arity === undefined) return `fc.func(${of(shape.returns)})`;
      const params = Array.from({ length: shape.arity }, (_, i) => `a${i}`).join(', ');
      return `fc.func(${of(shape.returns)}).map((f) => (${params}) => f(${params}))`;
    }
    case 'instance':
      return instanceArbitrary(shape.classRef ?? shape.className, shape.constructorArgs ?? [], of);
    case 'global':
      return globalArbitrary(shape.name);
    case 'template':
      return templateArbitrary(shape.texts, shape.parts, of);
    case 'empty':
      return `fc.constant(null).map(() => ${EMPTY[shape.of]})`;
    case 'recursion':
      throw new Error(`recursion cut in \`${shape.typeText}\` must be removed (finiteShape) before emitting`);
  }
}

/** `fc.tuple(...).map(([a, b]) => new C(a, b))`, spreading a rest parameter. */
export function instanceArbitrary(classRef: string, args: readonly ArgumentShape[], of: (s: TypeShape) => string): string {
  const names = argumentNames(args.map((a) => a.name));
  const call = `new ${classRef}(${args.map((a, i) => (a.rest ? '...' : '') + names[i]).join(', ')})`;
  return `fc.tuple(${args.map((a) => of(a.shape)).join(', ')}).map(([${names.join(', ')}]) => ${call})`;
}

export const EMPTY = { array: '[]', map: 'new Map()', set: 'new Set()' } as const;

const JSON_VALUE = 'fc.jsonValue()';

const ANY_ARBITRARY = weightedOneof([
  [6, JSON_VALUE],
  // Dates, Maps, Sets, bigints, NaN, -0, undefined, nested arrays and objects
  [2, 'fc.anything({ maxDepth: 2, withDate: true, withMap: true, withSet: true, withBigInt: true })'],
  [1, `fc.func(${JSON_VALUE})`],
  [1, 'fc.string().map((description) => Symbol(description))'],
  [1, `fc.dictionary(fc.string(), ${JSON_VALUE}).map((fields) => Object.assign(new (class Custom {})(), fields))`],
  [1, `fc.tuple(fc.string(), ${JSON_VALUE}).map(([key, value]) => ({ key, [Symbol(key)]: value }))`],
  [1, 'fc.constantFrom(undefined, NaN, -0)'],
]);

function constantsEntry(codes: string[]): Weighted[] {
  return codes.length > 0 ? [[1, `fc.constantFrom(${codes.join(', ')})`]] : [];
}

function weightedOneof(entries: Weighted[]): string {
  if (entries.length === 1) return entries[0][1];
  return `fc.oneof(${entries.map(([weight, arbitrary]) => `{ weight: ${weight}, arbitrary: ${arbitrary} }`).join(', ')})`;
}

function unionArbitrary(members: readonly TypeShape[], of: (s: TypeShape) => string): string {
  const values = members.filter((m) => !isNullish(m)).map(of);
  const nullish = [...new Set(members.filter(isNullish).map((m) => (m.kind === 'null' ? 'null' : 'undefined')))];
  if (values.length === 0) return `fc.constantFrom(${nullish.join(', ')})`;
  const core = values.length === 1 ? values[0] : `fc.oneof(${values.join(', ')})`;
  if (nullish.length === 0) return core;
  if (nullish.length === 1) return `fc.option(${core}, { nil: ${nullish[0]} })`;
  return `fc.oneof({ weight: 4, arbitrary: ${core} }, { weight: 1, arbitrary: fc.constantFrom(null, undefined) })`;
}

function tupleArbitrary(elements: readonly TupleElement[], of: (s: TypeShape) => string): string {
  const optionalCount = elements.filter((e) => e.optional).length;
  if (optionalCount === 0) return fixedTuple(elements, of);
  const required = elements.filter((e) => !e.optional && !e.rest);
  const optional = elements.filter((e) => e.optional);
  const variants: string[] = [];
  for (let k = 0; k < optionalCount; k++) variants.push(fixedTuple([...required, ...optional.slice(0, k)], of));
  variants.push(fixedTuple(elements, of));
  return `fc.oneof(${variants.join(', ')})`;
}

function fixedTuple(elements: readonly TupleElement[], of: (s: TypeShape) => string): string {
  const arbitraries = elements.map((e) => (e.rest ? `fc.array(${of(e.shape)})` : of(e.shape)));
  const tuple = `fc.tuple(${arbitraries.join(', ')})`;
  if (!elements.some((e) => e.rest)) return tuple;
  const names = elements.map((_, i) => `e${i}`);
  return `${tuple}.map(([${names.join(', ')}]) => [${elements.map((e, i) => (e.rest ? '...' : '') + names[i]).join(', ')}])`;
}

function objectArbitrary(shape: Extract<TypeShape, { kind: 'object' }>, of: (s: TypeShape) => string): string {
  const fields = shape.members.map((m) => `${propertyKeyCode(m.name)}: ${of(m.shape)}`);
  const requiredKeys = shape.members.filter((m) => !m.optional).map((m) => stringCode(m.name));
  const options =
    requiredKeys.length < shape.members.length
      ? `{ requiredKeys: [${requiredKeys.join(', ')}], noNullPrototype: true }`
      : NO_NULL_PROTOTYPE;
  const record = `fc.record({ ${fields.join(', ')} }, ${options})`;
  const index = shape.stringIndex
    ? `fc.dictionary(${of({ kind: 'string' })}, ${of(shape.stringIndex)}, ${NO_NULL_PROTOTYPE})`
    : shape.numberIndex
      ? `fc.dictionary(fc.nat({ max: 99 }).map(String), ${of(shape.numberIndex)}, ${NO_NULL_PROTOTYPE})`
      : undefined;
  if (!index) return shape.members.length === 0 ? `fc.record({}, ${NO_NULL_PROTOTYPE})` : record;
  if (shape.members.length === 0) return index;
  return `fc.tuple(${index}, ${record}).map(([extra, known]) => ({ ...extra, ...known }))`;
}

function globalArbitrary(name: GlobalClassName): string {
  if (name.endsWith('Error')) return `fc.string().map((message) => new ${name}(message))`;
  if (name === 'RegExp') return 'fc.constantFrom(/a/, /^\\d+$/, /[a-z]+/i, /(?:)/)';
  return `fc.${name[0].toLowerCase()}${name.slice(1)}()`;
}

function templateArbitrary(texts: readonly string[], parts: readonly TypeShape[], of: (s: TypeShape) => string): string {
  const names = parts.map((_, i) => `p${i}`);
  // `${number}` must print as a number, which every integer does
  const arbitraries = parts.map((p) => (p.kind === 'number' ? SMALL_INTEGERS : of(p)));
  const escape = (text: string) => text.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${');
  const body = texts.map((text, i) => escape(text) + (i < names.length ? `\${${names[i]}}` : '')).join('');
  return `fc.tuple(${arbitraries.join(', ')}).map(([${names.join(', ')}]) => \`${body}\`)`;
}
