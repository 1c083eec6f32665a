import { describe, expect, it } from 'vitest';
import { unexportedNames } from './unexportedNames';

describe('unexportedNames', () => {
  it('lists the top-level values a module keeps to itself', () => {
    const text = [
      'export function shown() {}',
      'function hidden() {}',
      'class Internal {}',
      'const a = 1, { b, c: [d] } = { b: 2, c: [3] };',
      'enum Color { Red }',
      'const enum Inlined { X }',
      'declare const ambient: number;',
      'interface NotAValue {}',
      'type AlsoNot = string;',
      'function laterExported() {}',
      'export { laterExported };',
    ].join('\n');
    expect(unexportedNames(text, '/x/a.ts')).toEqual(['hidden', 'Internal', 'a', 'b', 'd', 'Color']);
  });

  it('names an overloaded function once', () => {
    const text = 'function pick(x: string): string;\nfunction pick(x: number): number;\nfunction pick(x: any) { return x; }\n';
    expect(unexportedNames(text, '/x/a.ts')).toEqual(['pick']);
  });
});
