// Values written as code read back as the same values.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { literalCode, propertyKeyCode, stringCode } from './valueCode';

const read = (code: string) => new Function(`return (${code});`)();

test('any string survives being written as a literal', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(read(stringCode(s))).toBe(s);
    }),
  );
  for (const s of ["it's", 'back\\slash', 'line\nbreak', '\u2028', '`${x}`', '"quoted"']) expect(read(stringCode(s))).toBe(s);
});

test('numbers, bigints and booleans keep their identity (-0, NaN, infinities)', () => {
  for (const value of [0, -0, NaN, Infinity, -Infinity, 1e21, -1.5, 10n, -(2n ** 70n), true, false]) {
    expect(Object.is(read(literalCode(value)), value)).toBe(true);
  }
});

test('property keys are quoted only when they must be', () => {
  expect(propertyKeyCode('sku')).toBe('sku');
  expect(propertyKeyCode('$id_2')).toBe('$id_2');
  expect(propertyKeyCode('unit price')).toBe("'unit price'");
  expect(read(`{ ${propertyKeyCode("it's")}: 1 }`)).toEqual({ "it's": 1 });
});
