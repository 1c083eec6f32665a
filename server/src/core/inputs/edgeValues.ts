// The values tried before random ones, as code: for each shape a short list whose first entry
// is the shape's default (used for the other parameters while one is varied). Zero, -0, NaN,
// empty strings and collections, unicode, huge numbers; constants mined from the body early, and
// where it rounds, ties at its scale (12.345 for `Math.round(x * 100)`).
import { EMPTY } from './arbitraryForShape';
import type { BodyConstants } from './bodyConstants';
import { decimalEdgeValues } from './decimalScales';
import fc from 'fast-check';
import type { ArgumentShape, GlobalClassName, ObjectMember, TupleElement, TypeShape } from './typeShape';
import { literalCode, numberCode, propertyKeyCode, stringCode } from './valueCode';

/** Composite shapes (arrays, objects, ...) keep at most this many edge values. */
const MAX_COMPOSITE_EDGES = 12;

export function edgeValues(shape: TypeShape, constants: BodyConstants): string[] {
  return unique(edgeCandidates(shape, constants));
}

const HUGE_NUMBERS = new Set(['Infinity', '-Infinity', '1e21', 'Number.MAX_SAFE_INTEGER', '-Number.MAX_VALUE']);

/** Edge values of a number that bounds a loop or sizes an allocation: no huge ones. */
export function sizeEdgeValues(constants: BodyConstants): string[] {
  return edgeValues({ kind: 'number' }, constants).filter((code) => !HUGE_NUMBERS.has(code));
}

function edgeCandidates(shape: TypeShape, constants: BodyConstants): string[] {
  const of = (s: TypeShape) => edgeValues(s, constants);
  switch (shape.kind) {
    case 'number':
      return ['0', '-0', 'NaN', ...constants.numbers.map(numberCode), ...decimalEdgeValues(constants.scales).map(numberCode), '1', '-1', 'Infinity', '-Infinity', '0.5', '1e21', 'Number.MAX_SAFE_INTEGER', '-Number.MAX_VALUE'];
    case 'string':
      return ["''", ...constants.strings.map(stringCode), ...constants.patterns.map(patternExample), "' '", "'héllo 🌍'", "'x'.repeat(1000)"];
    case 'boolean':
      return ['false', 'true'];
    case 'bigint':
      return ['0n', '1n', '-1n', '2n ** 64n'];
    case 'symbol':
      return ["Symbol('edge')"];
    case 'undefined':
    case 'void':
      return ['undefined'];
    case 'null':
      return ['null'];
    case 'unknown':
      return [
        ...['undefined', 'null', '0', "''", '{}', '[]', 'NaN', '-0', '() => undefined', "Symbol('edge')", '[[]]'],
        ...['new Date(0)', 'new Map()', 'new Set()', 'new (class Custom {})()', "{ [Symbol('key')]: 1 }"],
      ];
    case 'nonPrimitive':
      return ['{}', '[]'];
    case 'literal':
      return shape.values.map(literalCode);
    case 'union':
      return capped(interleave(shape.members.map(of)));
    case 'array': {
      const elements = of(shape.element);
      return capped(['[]', ...elements.map((e) => `[${e}]`), `[${elements[0]}, ${elements[0]}]`]);
    }
    case 'tuple':
      return capped(tupleEdges(shape.elements, of));
    case 'object':
      return capped(objectEdges(shape, of));
    case 'date':
      return ['new Date(0)', 'new Date(NaN)', "new Date('2024-02-29T23:59:59.999Z')", 'new Date(8.64e15)'];
    case 'map': {
      const entry = `[${of(shape.key)[0]}, ${of(shape.value)[0]}]`;
      return ['new Map()', `new Map([${entry}])`];
    }
    case 'set':
      return ['new Set()', ...of(shape.element).slice(0, 3).map((e) => `new Set([${e}])`)];
    case 'promise':
      return of(shape.value).slice(0, 3).map((e) => `Promise.resolve(${e})`);
    case 'function':
      return of(shape.returns).slice(0, 2).map((e) => `() => ${e.startsWith('{') ? `(${e})` : e}`);
    case 'instance':
      return capped(instanceEdges(shape.classRef ?? shape.className, shape.constructorArgs ?? [], of));
    case 'global':
      return globalEdges(shape.name);
    case 'template':
      return [stringCode(shape.texts.map((text, i) => text + (i < shape.parts.length ? partText(shape.parts[i]) : '')).join(''))];
    case 'empty':
      return [EMPTY[shape.of]];
    case 'recursion':
      throw new Error(`recursion cut in \`${shape.typeText}\` must be removed (finiteShape) first`);
  }
}

/** Take the first of every list, then the second of every list, and so on. */
export function interleave(lists: readonly (readonly string[])[]): string[] {
  const result: string[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (i < list.length) result.push(list[i]);
  return result;
}

/** Varies one position at a time away from the defaults, round-robin over positions. */
export function variations(defaults: readonly string[], edges: readonly (readonly string[])[]): string[][] {
  const result: string[][] = [[...defaults]];
  const longest = Math.max(0, ...edges.map((e) => e.length));
  for (let round = 1; round < longest; round++) {
    edges.forEach((list, position) => {
      if (round < list.length) result.push(defaults.map((d, i) => (i === position ? list[round] : d)));
    });
  }
  return result;
}

function tupleEdges(elements: readonly TupleElement[], of: (s: TypeShape) => string[]): string[] {
  const fixed = elements.filter((e) => !e.optional && !e.rest);
  const edges = fixed.map((e) => of(e.shape));
  const rows = variations(edges.map((e) => e[0]), edges).map((row) => `[${row.join(', ')}]`);
  if (fixed.length < elements.length) {
    const full = elements.map((e) => of(e.shape)[0]);
    rows.splice(1, 0, `[${full.join(', ')}]`);
  }
  return rows;
}

function objectEdges(shape: Extract<TypeShape, { kind: 'object' }>, of: (s: TypeShape) => string[]): string[] {
  const members = shape.members;
  const edges = members.map((m) => of(m.shape));
  const literal = (row: readonly string[], include: (m: ObjectMember, i: number) => boolean) =>
    `{ ${members.flatMap((m, i) => (include(m, i) ? [`${propertyKeyCode(m.name)}: ${row[i]}`] : [])).join(', ')} }`.replace('{  }', '{}');
  const defaults = edges.map((e) => e[0]);
  const rows = variations(defaults, edges).map((row) =>
    literal(row, (m, i) => !m.optional || row[i] !== defaults[i]),
  );
  if (members.some((m) => m.optional)) rows.splice(1, 0, literal(defaults, () => true));
  const index = shape.stringIndex ?? shape.numberIndex;
  if (index) {
    const entry = `${shape.stringIndex ? 'key' : '0'}: ${of(index)[0]}`;
    rows.push(rows[0] === '{}' ? `{ ${entry} }` : rows[0].replace(/^\{ /, `{ ${entry}, `));
  }
  return rows;
}

function instanceEdges(classRef: string, args: readonly ArgumentShape[], of: (s: TypeShape) => string[]): string[] {
  const edges = args.map((a) => (a.rest ? of(a.shape).map(spreadCode) : of(a.shape)));
  return variations(edges.map((e) => e[0]), edges).map((row) => `new ${classRef}(${listCode(row)})`);
}

function globalEdges(name: GlobalClassName): string[] {
  if (name.endsWith('Error')) return [`new ${name}('')`, `new ${name}('boom')`];
  if (name === 'RegExp') return ['/(?:)/', '/^\\d+$/'];
  return [`new ${name}()`, `new ${name}([1, 2, 3])`].map((code) => (name.startsWith('Big') ? code.replace('1, 2, 3', '1n, 2n, 3n') : code));
}

/** The default text of a template part: `0`, `''`, `false`, or the first literal. */
function partText(part: TypeShape): string {
  if (part.kind === 'literal') return String(part.values[0]);
  if (part.kind === 'union') return partText(part.members[0]);
  return part.kind === 'number' || part.kind === 'bigint' ? '0' : part.kind === 'boolean' ? 'false' : '';
}

/** An array literal spread into a call or another array: `...[a, b]` written as `a, b`. */
function spreadCode(arrayCode: string): string {
  return arrayCode.startsWith('[') && arrayCode.endsWith(']') ? arrayCode.slice(1, -1) : `...${arrayCode}`;
}

function listCode(items: readonly string[]): string {
  return items.filter((item) => item !== '').join(', ');
}

/** One concrete string matching a pattern from the body (the same one every time). */
function patternExample(pattern: RegExp): string {
  return stringCode(fc.sample(fc.stringMatching(pattern), { numRuns: 1, seed: 42 })[0]);
}

function capped(values: string[]): string[] {
  return unique(values).slice(0, MAX_COMPOSITE_EDGES);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
