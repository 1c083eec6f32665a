import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { compareSignatures, diffDeclarations } from './changedDeclarations';
import { listDeclarations } from './declarations';

function files(oldText: string | undefined, newText: string) {
  const project = new Project({ useInMemoryFileSystem: true });
  return {
    oldFile: oldText === undefined ? undefined : project.createSourceFile('/old/a.ts', oldText),
    newFile: project.createSourceFile('/new/a.ts', newText),
  };
}

function diff(oldText: string | undefined, newText: string) {
  const { oldFile, newFile } = files(oldText, newText);
  return Object.fromEntries(diffDeclarations(oldFile, newFile).map((c) => [c.declaration.qualifiedName, c.change]));
}

describe('listDeclarations', () => {
  it('names every verifiable declaration as it is matched across versions', () => {
    const { newFile } = files(undefined, [
      'export function a() { return 1; }',
      'function b(x: number): number { return x; }',
      'function over(x: string): string;',
      'function over(x: number): number;',
      'function over(x: any) { return x; }',
      'export const c = (x: number) => x + 1;',
      'const d = function (x: number) { return x; };',
      'export const e = ((x: number) => x) satisfies (x: number) => number;',
      'const notAFunction = 3;',
      'export class Cart {',
      '  private items: number[] = [];',
      '  constructor(readonly owner: string) {}',
      '  total(): number { return 0; }',
      '  static empty(): Cart { return new Cart(""); }',
      '  get size(): number { return this.items.length; }',
      '  #secret() { return 1; }',
      '  abstractLike?(): void;',
      '}',
      'export default function () { return 0; }',
    ].join('\n'));
    const found = listDeclarations(newFile!).map((d) => `${d.qualifiedName}:${d.kind}:${d.exported ? 'exported' : 'internal'}`);
    expect(found).toEqual([
      'a:function:exported',
      'b:function:internal',
      'over:function:internal',
      'c:arrow-function:exported',
      'd:function-expression:internal',
      'e:arrow-function:exported',
      'Cart.constructor:constructor:exported',
      'Cart.total:method:exported',
      'Cart.empty:static-method:exported',
      'Cart.size:getter:exported',
      'default:function:exported',
    ]);
  });
});

describe('listDeclarations, beyond plain functions and classes', () => {
  it('finds namespace members, object-literal members and methods written as properties', () => {
    const { newFile } = files(undefined, [
      'export namespace util {',
      '  export function joinValues(xs: string[]) { return xs.join(","); }',
      '  function hidden() { return 1; }',
      '  export namespace deep { export const twice = (n: number) => n * 2; }',
      '}',
      'export const helpers = {',
      '  trim(s: string) { return s.trim(); },',
      '  upper: (s: string) => s.toUpperCase(),',
      '  limit: 3,',
      '};',
      'export class Issues {',
      '  items: string[] = [];',
      '  add = (issue: string) => { this.items.push(issue); };',
      '  static of = (issue: string) => new Issues();',
      '  #secret = () => 1;',
      '}',
    ].join('\n'));
    const found = listDeclarations(newFile!).map((d) => `${d.qualifiedName}:${d.kind}`);
    expect(found).toEqual([
      'util.joinValues:function',
      'util.deep.twice:arrow-function',
      'helpers.trim:object-method',
      'helpers.upper:object-method',
      'Issues.add:method',
      'Issues.of:static-method',
    ]);
  });
});

describe('diffDeclarations', () => {
  it('comments and layout are not changes; code is', () => {
    const before = 'export function f(x: number) {\n  return x + 1;\n}\nexport function g(x: number) { return x; }\n';
    const after = '/** docs */\nexport function f(x: number) {\n  // a comment\n  return x  +  1;\n}\nexport function g(x: number) { return x * 1; }\n';
    expect(diff(before, after)).toEqual({ g: 'changed' });
  });

  it('a regex or template that changes is a change (tokens come from the parse tree)', () => {
    const before = 'export const r = (s: string) => /a\\/b/.test(s);\nexport const t = (n: number) => `n=${n}px`;\n';
    const after = 'export const r = (s: string) => /a\\/c/.test(s);\nexport const t = (n: number) => `n=${n} px`;\n';
    expect(diff(before, after)).toEqual({ r: 'changed', t: 'changed' });
  });

  it('declarations without a twin are new; without an old file, everything is', () => {
    expect(diff('export function a() { return 1; }\n', 'export function a() { return 1; }\nexport function b() { return 2; }\n')).toEqual({ b: 'new' });
    expect(diff(undefined, 'export function a() { return 1; }\n')).toEqual({ a: 'new' });
  });

  it('callers of a changed declaration in the same file are affected, transitively', () => {
    const before = 'function rate() { return 0.1; }\nexport function tax(x: number) { return x * rate(); }\nexport function gross(x: number) { return x + tax(x); }\nexport function other() { return 1; }\n';
    const after = before.replace('return 0.1', 'return 0.2');
    expect(diff(before, after)).toEqual({ rate: 'changed', tax: 'affected', gross: 'affected' });
  });

  it('a changed top-level constant makes the functions that read it affected', () => {
    const before = 'const LIMIT = 10;\nexport function over(x: number) { return x > LIMIT; }\nexport function other(x: number) { return x; }\n';
    expect(diff(before, before.replace('LIMIT = 10', 'LIMIT = 11'))).toEqual({ over: 'affected' });
  });

  it('a changed field initializer makes the methods that read it affected', () => {
    const before = 'export class Cart {\n  rate = 0.1;\n  tax(n: number) { return n * this.rate; }\n  name() { return "cart"; }\n}\n';
    expect(diff(before, before.replace('rate = 0.1', 'rate = 0.2'))).toEqual({ 'Cart.tax': 'affected' });
  });

  it('methods reach a changed method of their class through `this`', () => {
    const before = 'export class C {\n  base() { return 1; }\n  twice() { return this.base() * 2; }\n  alone() { return 3; }\n}\nexport class D {\n  base() { return 5; }\n}\n';
    const after = before.replace('base() { return 1; }', 'base() { return 7; }');
    expect(diff(before, after)).toEqual({ 'C.base': 'changed', 'C.twice': 'affected' });
  });

  it('a name used only as a type runs nothing: its holder is not affected; a call or a value read is', () => {
    const before = [
      'export const Registry = make({ size: 1 });',
      'export function rate(): number { return 0.1; }',
      'export function describe(r: typeof Registry, n: ReturnType<typeof rate>): string { return "x" + n; }',
      'export function cast(x: unknown) { return (x as typeof Registry) === null; }',
      'export function size() { return Registry.size; }',
      'export function taxed(n: number) { return n * rate(); }',
    ].join('\n');
    const after = before.replace('size: 1', 'size: 2').replace('return 0.1', 'return 0.2');
    expect(diff(before, after)).toEqual({ rate: 'changed', size: 'affected', taxed: 'affected' });
  });

  it('marks a changed parameter list as a signature change', () => {
    const { oldFile, newFile } = files('export function f(a: number) { return a; }\nexport function g(a: number) { return a; }\n', 'export function f(a: number, b: number) { return a + b; }\nexport function g(a: number) { return a + 0; }\n');
    const changes = diffDeclarations(oldFile, newFile!);
    expect(changes.map((c) => [c.declaration.qualifiedName, c.signatureChanged])).toEqual([
      ['f', true],
      ['g', false],
    ]);
  });

  it('compares signatures by the calls they take: names, default values and the return type do not count', () => {
    const before = [
      'export interface Options { oxford?: boolean }',
      'export function renamed(text: string, n: number) { return text.length + n; }',
      'export function defaults(items: string[], { oxford = false }: Options = {}) { return items.join(oxford ? ", " : " "); }',
      'export function inferred(n = 1) { return n; }',
      'export function returns(n: number): number { return n; }',
      'export function typed(n: number) { return n; }',
      'export function optional(n: number, m?: number) { return n + (m ?? 0); }',
      'export function inferredType(n = 1) { return n; }',
    ].join('\n');
    const after = [
      'export interface Options { oxford?: boolean }',
      'export function renamed(s: string, count: number) { return s.length + count; }',
      'export function defaults(items: string[], { oxford = true }: Options = {}) { return items.join(oxford ? ", " : " "); }',
      'export function inferred(n = 2) { return n; }',
      'export function returns(n: number): number | string { return String(n); }',
      'export function typed(n: string) { return n; }',
      'export function optional(n: number, m: number) { return n + m; }',
      "export function inferredType(n = 'a') { return n; }",
    ].join('\n');
    const { oldFile, newFile } = files(before, after);
    expect(Object.fromEntries(diffDeclarations(oldFile, newFile!).map((c) => [c.declaration.qualifiedName, c.signatureChanged]))).toEqual({
      renamed: false,
      defaults: false,
      inferred: false,
      returns: false,
      typed: true,
      optional: true,
      inferredType: true,
    });
  });

  it('a signature that only adds optional parameters is compared on the old number of arguments', () => {
    expect(compareSignatures(['string', 'number'], ['string', 'number', 'boolean ?'])).toEqual({ signatureChanged: false, baselineArity: 2 });
    expect(compareSignatures(['string'], ['string', 'number ?', 'Options ?'])).toEqual({ signatureChanged: false, baselineArity: 1 });
    expect(compareSignatures(['string'], ['string', 'number'])).toEqual({ signatureChanged: true });
    expect(compareSignatures(['string'], ['string', '...number[]'])).toEqual({ signatureChanged: true });
    expect(compareSignatures(['string', 'number'], ['number', 'string', 'boolean ?'])).toEqual({ signatureChanged: true });
    expect(compareSignatures(['string', 'number ?'], ['string', 'number ?'])).toEqual({ signatureChanged: false });
  });

  it('names imported from another file count as changed when the caller says so', () => {
    const { newFile } = files(undefined, "import { price } from './price';\nexport function total(n: number) { return price(n) * n; }\nexport function label() { return 'x'; }\n");
    const changes = diffDeclarations(newFile, newFile!, new Set(['price']));
    expect(changes.map((c) => [c.declaration.qualifiedName, c.change, c.dependsOn])).toEqual([['total', 'affected', ['price']]]);
  });
});
