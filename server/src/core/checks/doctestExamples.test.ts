import { Project, type Node } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { doctestsOf, exampleBlocksOf, parseExampleBlock } from './doctestExamples';

function sourceFile(text: string) {
  const project = new Project({ useInMemoryFileSystem: true });
  return project.createSourceFile('src/example.ts', text);
}

/** The doctests of the function `name` in `text`, found the way the engine finds them. */
function doctestsOfFunction(text: string, name: string) {
  return doctestsOf(sourceFile(text).getFunctionOrThrow(name));
}

describe('doctestsOf', () => {
  it('reads `// Returns:` with any case, colon and semicolon, and reports the file line', () => {
    const doctests = doctestsOfFunction(
      [
        'import { x } from "y";',
        '/**',
        ' * Turns a title into a slug.',
        ' * @example',
        " * slugify('Hello World'); // Returns: 'hello-world'",
        " * slugify('A  B') // returns 'a-b'",
        " * slugify('') //RETURNS ''",
        ' */',
        'export function slugify(s: string): string { return s; }',
      ].join('\n'),
      'slugify',
    );
    expect(doctests).toEqual([
      { code: '', expression: "slugify('Hello World')", expected: { kind: 'value', code: "'hello-world'" }, line: 5, text: "slugify('Hello World'); // Returns: 'hello-world'" },
      { code: '', expression: "slugify('A  B')", expected: { kind: 'value', code: "'a-b'" }, line: 6, text: "slugify('A  B') // returns 'a-b'" },
      { code: '', expression: "slugify('')", expected: { kind: 'value', code: "''" }, line: 7, text: "slugify('') //RETURNS ''" },
    ]);
  });

  it('reads `// =>`, `//=>` and `// →` arrows', () => {
    const doctests = doctestsOfFunction(
      [
        '/**',
        ' * @example',
        ' * roundCents(1.005) // => 1.01',
        ' * roundCents(2)//=>2',
        ' * roundCents(-0.001) // → -0',
        ' */',
        'export function roundCents(n: number) { return n; }',
      ].join('\n'),
      'roundCents',
    );
    expect(doctests.map((d) => [d.expression, d.expected, d.line])).toEqual([
      ['roundCents(1.005)', { kind: 'value', code: '1.01' }, 3],
      ['roundCents(2)', { kind: 'value', code: '2' }, 4],
      ['roundCents(-0.001)', { kind: 'value', code: '-0' }, 5],
    ]);
  });

  it('takes the expectation from the line after the expression', () => {
    const doctests = doctestsOfFunction(
      ['/**', ' * @example', ' * clamp(15, 0, 10)', ' * // => 10', ' */', 'function clamp(n: number, lo: number, hi: number) { return n; }'].join('\n'),
      'clamp',
    );
    expect(doctests).toEqual([
      { code: '', expression: 'clamp(15, 0, 10)', expected: { kind: 'value', code: '10' }, line: 3, text: 'clamp(15, 0, 10)\n// => 10' },
    ]);
  });

  it('reads throws with and without an error class or message', () => {
    const doctests = doctestsOfFunction(
      [
        '/**',
        ' * @example',
        " * parseDate('x') // throws RangeError",
        " * parseDate('') // => throws",
        " * parseDate('31/02') // Throws: RangeError: Invalid date",
        " * parseDate('?') // throws 'Invalid date'",
        " * parseDate('!') // throws if the text is not a date",
        " * parseDate('2024-01-02') // => new Date('2024-01-02')",
        ' */',
        'export function parseDate(s: string): Date { return new Date(s); }',
      ].join('\n'),
      'parseDate',
    );
    expect(doctests.map((d) => d.expected)).toEqual([
      { kind: 'throws', code: 'RangeError' },
      { kind: 'throws', code: undefined },
      { kind: 'throws', code: 'RangeError' },
      { kind: 'throws', code: "'Invalid date'" },
      { kind: 'throws', code: undefined },
      { kind: 'value', code: "new Date('2024-01-02')" },
    ]);
    // Calls expected to throw are not replayed as setup of the later checks.
    expect(doctests[5].code).toBe('');
  });

  it('keeps earlier statements as setup, across several lines and statements per line', () => {
    const file = sourceFile(
      [
        'export class Cart {',
        '  /**',
        '   * Sum of the lines.',
        '   * @example',
        '   * ```ts',
        '   * const c = new Cart();',
        "   * c.add({ name: 'pen',",
        '   *         price: 4 }, 3); c.total() // => 12',
        '   * c.clear();',
        '   * c.total()',
        '   * // => 0',
        '   * ```',
        '   */',
        '  total(): number { return 0; }',
        '}',
      ].join('\n'),
    );
    const doctests = doctestsOf(file.getClassOrThrow('Cart').getMethodOrThrow('total'));
    expect(doctests).toEqual([
      {
        code: "const c = new Cart();\nc.add({ name: 'pen',\n        price: 4 }, 3);",
        expression: 'c.total()',
        expected: { kind: 'value', code: '12' },
        line: 8,
        text: 'price: 4 }, 3); c.total() // => 12',
      },
      {
        code: "const c = new Cart();\nc.add({ name: 'pen',\n        price: 4 }, 3);\nc.total();\nc.clear();",
        expression: 'c.total()',
        expected: { kind: 'value', code: '0' },
        line: 10,
        text: 'c.total()\n// => 0',
      },
    ]);
  });

  it('reads expected values spanning several lines, commented or not', () => {
    const doctests = doctestsOfFunction(
      [
        '/**',
        ' * @example',
        " * parseQuery('a=1&b=2')",
        ' * // => {',
        " * //   a: '1',",
        " * //   b: '2',",
        ' * // }',
        " * parseQuery('x=') // => {",
        " *   x: '',",
        ' * }',
        " * parseQuery('') // => {}",
        ' */',
        'export function parseQuery(q: string) { return {}; }',
      ].join('\n'),
      'parseQuery',
    );
    expect(doctests.map((d) => [d.expression, d.expected.kind === 'value' && d.expected.code.replace(/\s+/g, ' '), d.line])).toEqual([
      ["parseQuery('a=1&b=2')", "{ a: '1', b: '2', }", 3],
      ["parseQuery('x=')", "{ x: '', }", 8],
      ["parseQuery('')", '{}', 11],
    ]);
    expect(doctests.map((d) => d.code)).toEqual(['', '', '']);
  });

  it('finds the JSDoc of an exported arrow function on its variable statement', () => {
    const file = sourceFile(['/**', ' * @example', ' * double(2) // => 4', ' */', 'export const double = (n: number) => n * 2;'].join('\n'));
    const arrow: Node = file.getVariableDeclarationOrThrow('double').getInitializerOrThrow();
    expect(doctestsOf(arrow).map((d) => [d.expression, d.line])).toEqual([['double(2)', 3]]);
    expect(doctestsOf(file.getVariableDeclarationOrThrow('double')).length).toBe(1);
  });

  it('reads the examples of overload signatures with the implementation', () => {
    const doctests = doctestsOfFunction(
      [
        '/** @example toArray(1) // => [1] */',
        'function toArray(x: number): number[];',
        '/** @example toArray([1]) // => [1] */',
        'function toArray(x: number[]): number[];',
        'function toArray(x: number | number[]) { return Array.isArray(x) ? x : [x]; }',
      ].join('\n'),
      'toArray',
    );
    expect(doctests.map((d) => [d.expression, d.line])).toEqual([['toArray(1)', 1], ['toArray([1])', 3]]);
  });

  it('yields nothing for examples without a checkable expression', () => {
    const doctests = doctestsOfFunction(
      [
        '/**',
        ' * @param s text',
        ' * @example',
        " * slugify('Hello World');",
        " * const s = slugify('x'); // the slug, lowercased",
        ' * @returns the slug',
        ' */',
        'export function slugify(s: string) { return s; }',
      ].join('\n'),
      'slugify',
    );
    expect(doctests).toEqual([]);
  });

  it('ignores expectations outside @example blocks', () => {
    const doctests = doctestsOfFunction(['/**', ' * slugify("a") // => "a"', ' */', 'function slugify(s: string) { return s; }'].join('\n'), 'slugify');
    expect(doctests).toEqual([]);
  });
});

describe('parseExampleBlock', () => {
  it('works on text without leading stars and counts lines from firstLine', () => {
    const doctests = parseExampleBlock("\nconst x = 2\nsquare(x) // => 4", 10);
    expect(doctests).toEqual([{ code: 'const x = 2', expression: 'square(x)', expected: { kind: 'value', code: '4' }, line: 12, text: 'square(x) // => 4' }]);
  });

  it('strips leading stars and a caption', () => {
    const doctests = parseExampleBlock(" <caption>Basic</caption> add(1, 2) // => 3\n * add(2, 2) // => 4", 5);
    expect(doctests.map((d) => [d.expression, d.line])).toEqual([['add(1, 2)', 5], ['add(2, 2)', 6]]);
  });

  it('skips prose lines in unfenced examples and prose outside fences', () => {
    const unfenced = parseExampleBlock("Converting a title:\nslugify('A B') // => 'a-b'\nUnicode is folded too.\nslugify('É') // => 'e'", 1);
    expect(unfenced.map((d) => [d.code, d.expression, d.line])).toEqual([
      ['', "slugify('A B')", 2],
      ['', "slugify('É')", 4],
    ]);
    const fenced = parseExampleBlock("Some words (with parens) = prose\n```js\nslugify('A') // => 'a'\n```\nMore prose.", 1);
    expect(fenced.map((d) => [d.code, d.expression, d.line])).toEqual([['', "slugify('A')", 3]]);
  });

  it('gives each fence its own scope', () => {
    const doctests = parseExampleBlock('```ts\nconst a = 1;\ninc(a) // => 2\n```\n```ts\nconst a = 5;\ninc(a) // => 6\n```', 1);
    expect(doctests.map((d) => d.code)).toEqual(['const a = 1;', 'const a = 5;']);
  });

  it('does not take `//` inside strings, templates or regexes for a comment', () => {
    const doctests = parseExampleBlock(
      ["host('http://a.b/c') // => 'a.b'", 'host(`https://${"x"}//`); // => \'x\'', "/\\/\\//.test('//') // => true"].join('\n'),
      1,
    );
    expect(doctests.map((d) => [d.expression, d.expected])).toEqual([
      ["host('http://a.b/c')", { kind: 'value', code: "'a.b'" }],
      ['host(`https://${"x"}//`)', { kind: 'value', code: "'x'" }],
      ["/\\/\\//.test('//')", { kind: 'value', code: 'true' }],
    ]);
  });

  it('checks a declared variable and the argument of console.log', () => {
    const doctests = parseExampleBlock("const total = sum([1, 2]) // => 3\nconsole.log(total * 2) // => 6\nconst bad = parse('x') // throws SyntaxError", 1);
    expect(doctests).toEqual([
      { code: 'const total = sum([1, 2])', expression: 'total', expected: { kind: 'value', code: '3' }, line: 1, text: 'const total = sum([1, 2]) // => 3' },
      { code: 'const total = sum([1, 2])', expression: 'total * 2', expected: { kind: 'value', code: '6' }, line: 2, text: 'console.log(total * 2) // => 6' },
      {
        code: 'const total = sum([1, 2])\ntotal * 2;',
        expression: "parse('x')",
        expected: { kind: 'throws', code: 'SyntaxError' },
        line: 3,
        text: "const bad = parse('x') // throws SyntaxError",
      },
    ]);
  });

  it('drops imports and requires from the setup and keeps await in the expression', () => {
    const doctests = parseExampleBlock("import { load } from 'my-lib';\nconst { parse } = require('my-lib');\nawait load('a') // => 'A'", 1);
    expect(doctests).toEqual([{ code: '', expression: "await load('a')", expected: { kind: 'value', code: "'A'" }, line: 3, text: "await load('a') // => 'A'" }]);
  });

  it('skips expectations that are prose or sit inside a statement, and checks after a syntax error', () => {
    expect(parseExampleBlock("slugify('x') // => the slug of x", 1)).toEqual([]);
    expect(parseExampleBlock("slugify('x') // => 1, or 2 in strict mode", 1)).toEqual([]);
    expect(parseExampleBlock('sum(1, // => 1\n  2)', 1)).toEqual([]);
    expect(parseExampleBlock('ok(1) // => 1\nconst = broken;\nok(2) // => 2', 1).map((d) => d.expression)).toEqual(['ok(1)']);
  });

  it('replays earlier checks only when they touch state the example declared', () => {
    const doctests = parseExampleBlock(
      ['parse(1) // => 1', 'const s = new Stack();', 's.push(2) // => 1', 'parse(s.peek()) // => 2', 'parse(3) // => 3'].join('\n'),
      1,
    );
    expect(doctests.map((d) => d.code)).toEqual(['', 'const s = new Stack();', 'const s = new Stack();\ns.push(2);', 'const s = new Stack();\ns.push(2);\nparse(s.peek());']);
  });

  it('reads an expectation only once per statement', () => {
    const doctests = parseExampleBlock('f() // => 1\n// => 2', 1);
    expect(doctests.map((d) => d.expected)).toEqual([{ kind: 'value', code: '1' }]);
  });
});

describe('exampleBlocksOf', () => {
  it('splits a comment into @example blocks ending at the next tag, not at decorators in fences', () => {
    const comment = ['/**', ' * Text.', ' * @example first()', ' * // => 1', ' * @example', ' * ```ts', ' * @Component()', ' * class A {}', ' * ```', ' * @see other', ' */'].join('\n');
    expect(exampleBlocksOf(comment, 20)).toEqual([
      { text: ' first()\n// => 1', firstLine: 22 },
      { text: '\n```ts\n@Component()\nclass A {}\n```', firstLine: 24 },
    ]);
  });
});
