import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import type { CharacterizedExample, RecordedOutcome } from '../runtime/characterizeMeta';
import { chooseExamples, exampleTest } from './exampleTests';
import { generationSubject, selectDeclarations } from './generationSubjects';
import type { GenerationSubject } from './generationSubjects';

const source = `
export class ValidationError extends Error {}
class Hidden extends Error {}
export function parse(text: string): number {
  if (text === '') throw new ValidationError('empty');
  if (text === '?') throw new Hidden('hidden');
  return Number(text);
}
export async function load(id: number): Promise<{ id: number }> {
  if (id < 0) throw new ValidationError('negative');
  return { id };
}
export default function greet(name: string): string {
  return 'hi ' + name;
}
export class Stack {
  private items: number[] = [];
  constructor(readonly limit: number) {}
  push(x: number): void {
    this.items.push(x);
  }
  get size(): number {
    return this.items.length;
  }
}
function internal(x: number): number {
  return x;
}
`;

const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022 } });
const sourceFile = project.createSourceFile('/ws/src/parse.ts', source);
const file = '/ws/src/parse.ts';
const exportedNames = new Set(sourceFile.getExportedDeclarations().keys());

function subject(name: string): GenerationSubject {
  const declaration = selectDeclarations(sourceFile, name).chosen[0];
  return generationSubject(declaration, { root: '/ws', file, relativePath: 'src/parse.ts' });
}

function example(args: string[], outcome: RecordedOutcome, extra: Partial<CharacterizedExample> = {}): CharacterizedExample {
  return { source: 'edge', args, outcome, ...extra };
}

const value = (code: string, matcher: 'toBe' | 'toEqual' | 'toMatchObject' = 'toBe', async = false): RecordedOutcome => ({ kind: 'value', async, code, matcher });

describe('chooseExamples', () => {
  it('takes edge values first, one per outcome, the most readable input for each, then a few random ones', () => {
    const chosen = chooseExamples(
      [
        example(["'\\u000b x'"], value('1')),
        example(["'x'"], value('1')),
        example(["''"], value('0')),
        example(["' '"], value('0')),
        example(["'?'"], { kind: 'throws', async: false, errorName: 'Hidden', message: 'hidden' }),
        example(["'zz'"], value('2'), { source: 'random' }),
        example(["'q'"], value('1'), { source: 'random' }),
        example(['-7.880532820960459e+283'], value('3'), { source: 'random' }),
      ],
      { edge: 4, random: 2 },
    );
    expect(chosen.map((e) => e.args[0])).toEqual(["''", "'x'", "'?'", "'zz'"]);
  });

  it('adds the most readable throw when the cheaper inputs crowded every throw out', () => {
    const throws: RecordedOutcome = { kind: 'throws', async: false, errorName: 'RangeError', message: 'negative' };
    const chosen = chooseExamples(
      [
        example(['0'], value('0')),
        example(['1'], value('1')),
        example(['-12'], throws),
        example(['-1'], throws),
        example(['5'], value('5'), { source: 'random' }),
        example(['-3'], throws, { source: 'random' }),
      ],
      { edge: 2, random: 1 },
    );
    expect(chosen.map((e) => e.args[0])).toEqual(['0', '1', '5', '-1']);
  });

  it('adds one typical random call when no random input shows a new outcome', () => {
    const chosen = chooseExamples([example(['1'], value('1')), example(['2'], value('1'), { source: 'random' })], { edge: 4, random: 2 });
    expect(chosen.map((e) => e.args[0])).toEqual(['1', '2']);
  });
});

describe('exampleTest', () => {
  it('a value, compared as the recording says', () => {
    const written = exampleTest(subject('parse'), example(["'12'"], value('12')), { exportedNames, file });
    expect(written).toMatchObject({ id: expect.stringMatching(/^parse#[0-9a-f]{8}$/), describe: 'parse', name: "parse('12') returns 12", async: false });
    expect(written.body).toEqual(["expect(parse('12')).toBe(12);"]);
    expect(written.imports).toEqual([{ file, name: 'parse', local: 'parse' }]);
  });

  it('a deliberate throw: the exported error class is imported, an internal one is matched by message', () => {
    const exported = exampleTest(subject('parse'), example(["''"], { kind: 'throws', async: false, errorName: 'ValidationError', message: 'empty' }), { exportedNames, file });
    expect(exported.body).toEqual(["expect(() => parse('')).toThrow(ValidationError);"]);
    expect(exported.imports.map((i) => i.local)).toEqual(['parse', 'ValidationError']);
    expect(exported.name).toBe("parse('') throws ValidationError");
    const hidden = exampleTest(subject('parse'), example(["'?'"], { kind: 'throws', async: false, errorName: 'Hidden', message: 'hidden' }), { exportedNames, file });
    expect(hidden.body).toEqual(["expect(() => parse('?')).toThrow('hidden');"]);
  });

  it('async: awaited, resolves or rejects', () => {
    const resolved = exampleTest(subject('load'), example(['1'], value('{ id: 1 }', 'toEqual', true)), { exportedNames, file });
    expect(resolved).toMatchObject({ async: true, name: 'load(1) resolves to { id: 1 }', body: ['await expect(load(1)).resolves.toEqual({ id: 1 });'] });
    const rejected = exampleTest(subject('load'), example(['-1'], { kind: 'throws', async: true, errorName: 'ValidationError', message: 'negative' }), { exportedNames, file });
    expect(rejected.body).toEqual(['await expect(load(-1)).rejects.toThrow(ValidationError);']);
    expect(rejected.name).toBe('load(-1) rejects with ValidationError');
  });

  it('a default export is imported under its own name', () => {
    const written = exampleTest(subject('greet'), example(["'Ada'"], value("'hi Ada'")), { exportedNames, file });
    expect(written.body).toEqual(["expect(greet('Ada')).toBe('hi Ada');"]);
    expect(written.imports).toEqual([{ file, name: 'default', local: 'greet' }]);
  });

  it('a method on an instance built from the recorded constructor arguments; its state when it returns nothing', () => {
    const pushed = exampleTest(subject('Stack.push'), example(['7'], { kind: 'value', async: false, code: 'undefined', matcher: 'toBe', state: '{ items: [7], limit: 3 }' }, { init: ['3'] }), { exportedNames, file });
    expect(pushed.body).toEqual(['const stack = new Stack(3);', 'stack.push(7);', 'expect(stack).toMatchObject({ items: [7], limit: 3 });']);
    expect(pushed.name).toBe('new Stack(3).push(7) leaves { items: [7], limit: 3 }');
    const size = exampleTest(subject('Stack.size'), example([], value('0'), { init: ['3'] }), { exportedNames, file });
    expect(size.body).toEqual(['const stack = new Stack(3);', 'expect(stack.size).toBe(0);']);
    expect(size.name).toBe('new Stack(3).size returns 0');
  });

  it('the same input keeps its id whatever it returns, so a second run knows it', () => {
    const before = exampleTest(subject('parse'), example(["'12'"], value('12')), { exportedNames, file });
    const after = exampleTest(subject('parse'), example(["'12'"], value('13')), { exportedNames, file });
    expect(after.id).toBe(before.id);
  });
});

describe('selectDeclarations', () => {
  it('every exported function, method and getter; the others are named with the reason', () => {
    const { chosen, skipped } = selectDeclarations(sourceFile, undefined);
    expect(chosen.map((d) => d.qualifiedName)).toEqual(['parse', 'load', 'greet', 'Stack.push', 'Stack.size']);
    expect(skipped).toEqual([{ name: 'internal', reason: 'not exported, so a test file cannot import it' }]);
    expect(() => selectDeclarations(sourceFile, 'internal')).toThrow('`internal` is not exported, so a test file cannot import it');
    expect(() => selectDeclarations(sourceFile, 'nope')).toThrow('no function `nope` in parse.ts');
  });
});
