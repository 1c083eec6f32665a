// The recording side of "Generate tests", run in this worker the way the runner runs it: each
// input and outcome comes back as code, and what must not be pinned down comes back as a reason.
import fc from 'fast-check';
import * as path from 'node:path';
import type { TestContext } from 'vitest';
import { describe, expect, it } from 'vitest';
import { characterizeExamples, confirmGenerated } from './characterize';
import type { CharacterizeSpec } from './characterize';
import type { CharacterizationMeta } from './characterizeMeta';
import { applyCalls } from './subject';

class Counter {
  count = 0;
  constructor(readonly step: number) {}
  bump(): void {
    this.count += this.step;
  }
}

const subjectModule = {
  half: (x: number) => x / 2,
  checked: (x: number) => {
    if (x < 0) throw new RangeError('negative');
    return x;
  },
  broken: (x: number) => (x === 0 ? (null as unknown as { y: number }).y : x),
  shout: async (s: string) => {
    if (s === '') throw new Error('empty');
    return { text: s.toUpperCase() };
  },
  roll: (x: number) => x + Math.random(),
  call: (f: () => number) => f(),
  Counter,
};

async function record(spec: Partial<CharacterizeSpec<any>> & Pick<CharacterizeSpec<any>, 'call' | 'examples'>): Promise<CharacterizationMeta> {
  const context = { task: { meta: {} } } as unknown as TestContext;
  await characterizeExamples(context, {
    id: 'test#subject',
    callee: 'subject',
    userRoot: path.resolve(__dirname),
    seed: 1,
    random: 0,
    callTimeoutMs: 1_000,
    inputs: fc.tuple(fc.integer()),
    spreadLast: false,
    current: subjectModule,
    ...spec,
  });
  return (context.task.meta as { vouch: CharacterizationMeta }).vouch;
}

describe('characterizeExamples', () => {
  it('records arguments and results as code, with the matcher a test should use', async () => {
    const meta = await record({ call: (m, [x]) => m.half(x), examples: [[1], [-0], [NaN], [3]] });
    expect(meta.examples).toEqual([
      { source: 'edge', args: ['1'], outcome: { kind: 'value', async: false, code: '0.5', matcher: 'toBe' } },
      { source: 'edge', args: ['-0'], outcome: { kind: 'value', async: false, code: '-0', matcher: 'toBe' } },
      { source: 'edge', args: ['NaN'], outcome: { kind: 'value', async: false, code: 'NaN', matcher: 'toBe' } },
      { source: 'edge', args: ['3'], outcome: { kind: 'value', async: false, code: '1.5', matcher: 'toBe' } },
    ]);
    expect(meta.skipped).toEqual({});
  });

  it('a deliberate throw is recorded; a crash is not, and says why', async () => {
    const checked = await record({ call: (m, [x]) => m.checked(x), examples: [[-1]] });
    expect(checked.examples[0].outcome).toEqual({ kind: 'throws', async: false, errorName: 'RangeError', message: 'negative' });
    const broken = await record({ call: (m, [x]) => m.broken(x), examples: [[0], [2]] });
    expect(broken.examples.map((e) => e.args)).toEqual([['2']]);
    expect(broken.skipped).toEqual({ "crashes with TypeError: Cannot read properties of null (reading 'y')": 1 });
  });

  it('async results: resolved values and rejections', async () => {
    const meta = await record({ call: (m, [s]) => m.shout(s), examples: [['a'], ['']], inputs: fc.tuple(fc.string()) });
    expect(meta.examples.map((e) => e.outcome)).toEqual([
      { kind: 'value', async: true, code: "{ text: 'A' }", matcher: 'toEqual' },
      { kind: 'throws', async: true, errorName: 'Error', message: 'empty' },
    ]);
  });

  it('leaves out answers that change from call to call, and inputs with no literal form', async () => {
    const rolled = await record({ call: (m, [x]) => m.roll(x), examples: [[1], [NaN]] });
    expect(rolled.examples.map((e) => e.args)).toEqual([['NaN']]);
    expect(rolled.skipped).toEqual({ 'answers differently from one call to the next (time, randomness or state)': 1 });
    const called = await record({ call: (m, [f]) => m.call(f), examples: [[() => 1]], inputs: fc.tuple(fc.constant(() => 1)) });
    expect(called.examples).toEqual([]);
    expect(called.skipped).toEqual({ 'an argument is a function': 1 });
  });

  it('random inputs come after the edge values, from the seed', async () => {
    const meta = await record({ call: (m, [x]) => m.half(x), examples: [[2]], random: 3, inputs: fc.tuple(fc.integer({ min: 10, max: 20 })) });
    expect(meta.examples.map((e) => e.source)).toEqual(['edge', 'random', 'random', 'random'].slice(0, meta.examples.length));
    expect(meta.examples.slice(1).every((e) => Number(e.args[0]) >= 10)).toBe(true);
  });

  it('members: constructor arguments recorded, and the instance state after a method that returns nothing', async () => {
    const meta = await record({
      construct: (m, [init, setup]) => applyCalls(new m.Counter(...init), setup),
      call: (_m, _input, self) => self.bump(),
      member: {},
      examples: [[[2], []]],
    });
    expect(meta.examples).toEqual([
      { source: 'edge', args: [], init: ['2'], outcome: { kind: 'value', async: false, code: 'undefined', matcher: 'toBe', state: '{ step: 2, count: 2 }' } },
    ]);
  });
});

describe('confirmGenerated', () => {
  it('runs the body as the test will', async () => {
    const context = { task: { name: 'x#1', meta: {} }, skip: () => undefined } as unknown as TestContext;
    let ran = false;
    await confirmGenerated(context, 'test#subject', () => {
      ran = true;
    });
    expect(ran).toBe(true);
    await expect(confirmGenerated(context, 'test#subject', () => expect(1).toBe(2))).rejects.toThrow();
  });
});
