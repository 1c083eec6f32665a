// "Generate tests" writes what the code returned as literals of every kind (bigint, Map, Set, Date,
// a class instance by its fields, an instance's state after a method that returns nothing), and
// leaves out what a test should not pin down: nondeterministic answers and crashes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useEngine } from '../helpers/engineHarness';
import { gitWorkspace } from '../helpers/gitWorkspace';
import { linkPackages, runTestFile } from './workspaceVitest';

const { engine } = useEngine();

const source = `export class Money {
  constructor(readonly cents: number, readonly currency: 'EUR' | 'USD') {}
}

export function price(cents: number): Money {
  return new Money(Math.round(cents), 'EUR');
}

export function split(total: bigint, parts: number): bigint[] {
  if (!Number.isInteger(parts) || parts <= 0 || parts > 5) throw new RangeError('between 1 and 5 parts');
  return Array.from({ length: parts }, () => total / BigInt(parts));
}

export function tally(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

export function tags(text: 'a b a' | 'x'): Set<string> {
  return new Set(text.split(' '));
}

export function dayAfter(iso: '2024-02-28' | '2024-12-31'): Date {
  const day = new Date(iso + 'T00:00:00Z');
  day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

export function lottery(n: number): number {
  return Math.floor(Math.random() * 1000) + n;
}

export function initial(name: string): string {
  return name.length > 0 ? name[0].toUpperCase() : (null as unknown as { x: string }).x;
}

export enum Tier {
  Gold = 'GOLD',
  Silver = 'SILVER',
}

export function discount(tier: Tier): number {
  return tier === Tier.Gold ? 10 : 0;
}

type Cents = number & { readonly __brand: 'cents' };

export function euros(amount: Cents): string {
  return (amount / 100).toFixed(2);
}

export class Stack {
  private items: number[] = [];
  push(x: number): void {
    this.items.push(x);
  }
}
`;

describe('recorded values', () => {
  it('are written as literals that pass, and what should not be pinned down is left out with a note', async () => {
    const workspace = linkPackages(gitWorkspace({ 'package.json': '{ "name": "values", "type": "module" }', 'src/values.ts': source }));
    const result = await engine.generateTests({ root: workspace.root, file: 'src/values.ts' });
    const text = readFileSync(result.file, 'utf8');

    expect(text).toContain(`expect(price(0)).toMatchObject({ cents: 0, currency: 'EUR' });`);
    expect(text).toContain(`import { price, split, tally, tags, dayAfter, lottery, initial, discount, Tier, Stack } from './values';`); // not Money: no test uses it
    expect(text).toMatch(/expect\(split\(0n, 1\)\)\.toEqual\(\[0n\]\);/);
    expect(text).toMatch(/expect\(\(\) => split\(0n, 0\)\)\.toThrow\(RangeError\);/);
    expect(text).toMatch(/expect\(tally\(\[\]\)\)\.toEqual\(new Map\(\)\);/);
    expect(text).toMatch(/expect\(tally\(\[[^\]]+\]\)\)\.toEqual\(new Map\(\[\[/);
    expect(text).toContain(`expect(tags('a b a')).toEqual(new Set(['a', 'b']));`);
    expect(text).toContain(`expect(dayAfter('2024-02-28')).toEqual(new Date('2024-02-29T00:00:00.000Z'));`);
    expect(text).toMatch(/const stack = new Stack\(\);\n\s+stack\.push\(0\);\n\s+expect\(stack\)\.toMatchObject\(\{ items: \[0\] \}\);/);

    // Enum parameters are written as the enum's members, in examples and properties.
    expect(text).toContain('expect(discount(Tier.Gold)).toBe(10);');
    expect(text).toContain('expect(discount(Tier.Silver)).toBe(0);');
    expect(text).toContain('fc.constantFrom(Tier.Gold, Tier.Silver), // tier: Tier');
    // A test that runs but that the project's compiler would reject (a plain number for a branded type) is left out.
    expect(text).not.toMatch(/expect\(euros\(/);
    expect(result.notes.some((n) => /^euros#[0-9a-f]{8}: left out: type error: Argument of type 'number' is not assignable/.test(n))).toBe(true);

    // Random answers and crashes are not behaviour to keep (NaN + anything is NaN, though).
    expect(text).not.toMatch(/expect\(lottery\(0\)\)/);
    expect(text).toContain('expect(lottery(NaN)).toBe(NaN);');
    expect(result.notes.some((n) => /^lottery: \d+ inputs? left out: answers differently from one call to the next/.test(n))).toBe(true);
    expect(text).not.toMatch(/initial\(''\)/);
    expect(result.notes.some((n) => /^initial: 1 input left out: crashes with TypeError/.test(n))).toBe(true);
    // The crash also fails the "never crashes" property on the current code, so it is not written.
    expect(text).not.toContain('vouch: initial#never-crashes');
    expect(result.notes.some((n) => n.startsWith('initial#never-crashes: left out: it does not pass on the current code'))).toBe(true);

    const run = runTestFile(workspace.root, result.file);
    expect(run.failed, run.output).toEqual([]);
  });
});
