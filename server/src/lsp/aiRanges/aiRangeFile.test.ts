import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Range } from 'vscode-languageserver';
import { aiRangeFilePath } from './aiRangeFile';
import { AiRangeStore } from './aiRangeStore';

const cart = 'file:///ws/src/cart.ts';
const price = 'file:///ws/src/price.ts';
const r = (start: number, end: number): Range => ({ start: { line: start, character: 0 }, end: { line: end, character: 0 } });
const texts = new Map([
  [cart, 'export class Cart {}\n'],
  [price, 'export const price = 1;\n'],
]);

let folder: string;
beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'vouch-ai-ranges-'));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

async function saved(): Promise<AiRangeStore> {
  const store = new AiRangeStore();
  store.mark(cart, [r(1, 3)], 'insertion', 100);
  store.mark(price, [r(0, 1)], 'diskRewrite', 200);
  await store.save(path.join(folder, 'cache'), (uri) => texts.get(uri));
  return store;
}

describe('AiRangeStore save/load', () => {
  it('restores the marks of documents whose text is still the same', async () => {
    await saved();
    const restored = new AiRangeStore();
    expect(await restored.load(path.join(folder, 'cache'), (uri) => texts.get(uri))).toBe(2);
    expect(restored.marksOf(cart)).toEqual([{ range: r(1, 3), source: 'insertion', markedAt: 100 }]);
    expect(restored.marksOf(price)).toEqual([{ range: r(0, 1), source: 'diskRewrite', markedAt: 200 }]);
  });

  it('drops the marks of a document whose text changed since', async () => {
    await saved();
    const restored = new AiRangeStore();
    const loaded = await restored.load(path.join(folder, 'cache'), async (uri) => (uri === cart ? 'export class Cart { items = [] }\n' : texts.get(uri)));
    expect(loaded).toBe(1);
    expect(restored.rangesOf(cart)).toEqual([]);
    expect(restored.rangesOf(price)).toEqual([r(0, 1)]);
  });

  it('keeps the marks of a document not open yet until it opens, then checks its text', async () => {
    await saved();
    const restored = new AiRangeStore();
    await restored.load(path.join(folder, 'cache'), () => undefined);
    restored.documentOpened(cart, texts.get(cart)!);
    restored.documentOpened(price, 'export const price = 2;\n');
    expect(restored.uris()).toEqual([cart]);
  });

  it('saves a closed document with the text it had when it closed, and only the documents asked for', async () => {
    const store = new AiRangeStore();
    store.mark(cart, [r(1, 3)], 'insertion');
    store.mark(price, [r(0, 1)], 'insertion');
    store.documentClosed(cart, texts.get(cart)!);
    await store.save(folder, () => undefined, (uri) => uri === cart);
    const restored = new AiRangeStore();
    expect(await restored.load(folder, (uri) => texts.get(uri))).toBe(1);
    expect(restored.uris()).toEqual([cart]);
  });

  it('writes atomically, leaving no temporary file, and survives a missing or corrupt file', async () => {
    await saved();
    expect(await fs.readdir(path.join(folder, 'cache'))).toEqual(['ai-ranges.json']);
    const store = new AiRangeStore();
    expect(await store.load(path.join(folder, 'missing'), () => undefined)).toBe(0);
    await fs.writeFile(aiRangeFilePath(path.join(folder, 'cache')), '{"version": 1, "documents": {"x": {"textHash": 3}}');
    expect(await store.load(path.join(folder, 'cache'), () => undefined)).toBe(0);
    await fs.writeFile(aiRangeFilePath(folder), JSON.stringify({ version: 1, documents: { [cart]: { textHash: 'h', marks: [{ range: r(1, 2), source: 'robot', markedAt: 1 }] } } }));
    expect(await store.load(folder, () => undefined)).toBe(0);
  });

  it('merges restored marks with marks made before the load', async () => {
    await saved();
    const store = new AiRangeStore();
    store.mark(cart, [r(5, 6)], 'manual', 300);
    await store.load(path.join(folder, 'cache'), (uri) => texts.get(uri));
    expect(store.rangesOf(cart)).toEqual([r(1, 3), r(5, 6)]);
  });
});
