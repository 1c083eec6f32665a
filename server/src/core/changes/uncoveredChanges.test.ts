import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { diffDeclarations } from './changedDeclarations';
import { describeUncovered, uncoveredChanges } from './uncoveredChanges';

function uncovered(before: string, after: string) {
  const project = new Project({ useInMemoryFileSystem: true });
  const oldFile = project.createSourceFile('/old.ts', before);
  const newFile = project.createSourceFile('/new.ts', after);
  return uncoveredChanges(oldFile, newFile, diffDeclarations(oldFile, newFile));
}

describe('uncoveredChanges', () => {
  it('names changed code no checked declaration covers', () => {
    const before = [
      'export const S = make("s", (inst) => { inst.x = 1; });',
      'export class Cart {',
      '  rate = 0.1;',
      '  #fee() { return 1; }',
      '  total() { return 2; }',
      '  tax() { return this.vat * 2; }',
      '  vat = 0.2;',
      '}',
      'console.log("boot");',
    ].join('\n');
    const after = before
      .replace('inst.x = 1', 'inst.x = 2')
      .replace('rate = 0.1', 'rate = 0.2')
      .replace('return 1;', 'return 3;')
      .replace('vat = 0.2', 'vat = 0.25')
      .replace('"boot"', '"start"');
    // `vat` is read by `tax`, which becomes affected: covered. `rate` is read by nothing checked.
    expect(uncovered(before, after)).toEqual([
      { startLine: 1, endLine: 1, what: '`S` (a value built by a call)' },
      { startLine: 3, endLine: 3, what: 'field `Cart.rate`' },
      { startLine: 4, endLine: 4, what: 'member `Cart.#fee`' },
      { startLine: 9, endLine: 9, what: 'top-level code' },
    ]);
  });

  it('says nothing of changes that checked declarations cover, or of types and comments', () => {
    const before = 'export interface P { a: number }\nconst LIMIT = 3;\nexport function over(n: number) { return n > LIMIT; }\nexport function f() { return 1; }\n';
    const after = 'export interface P { a: string }\n// note\nconst LIMIT = 4;\nexport function over(n: number) { return n > LIMIT; }\nexport function f() { return 2; }\n';
    expect(uncovered(before, after)).toEqual([]);
  });

  it('overload signatures are covered by their implementation', () => {
    const before = 'export function pick(a: string): string;\nexport function pick(a: number): number;\nexport function pick(a: any) { return a; }\nexport class Doc {\n  write(a: string): void;\n  write(a: any) { this.a = a; }\n  a: unknown;\n}\n';
    const after = before.replace('pick(a: number): number;', 'pick(a: number): number;\nexport function pick(a: boolean): boolean;').replace('write(a: string): void;', 'write(a: string): void;\n  write(a: number): void;');
    expect(uncovered(before, after)).toEqual([]);
  });

  it('describes at most five places in one note', () => {
    const places = Array.from({ length: 7 }, (_, i) => ({ startLine: i + 1, endLine: i + 1, what: `\`v${i}\`` }));
    expect(describeUncovered('src/a.ts', places)).toBe(
      'src/a.ts: changed code Vouch cannot call directly, not verified: line 1 (`v0`), line 2 (`v1`), line 3 (`v2`), line 4 (`v3`), line 5 (`v4`), and 2 more',
    );
  });
});
