// Where the two versions come from (git refs, unsaved buffers, a caller's own baseline), which
// declarations are in scope (paths, callers in importing files), and the verdict cache.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findVerdict, useEngine } from '../helpers/engineHarness';
import { gitWorkspace } from '../helpers/gitWorkspace';

const { engine } = useEngine();

const price = 'export function unitPrice(cents: number): number {\n  return cents / 100;\n}\n';
const order = "import { unitPrice } from './price';\nexport function orderTotal(cents: number, qty: number): number {\n  return unitPrice(cents) * qty;\n}\nexport function label(name: string): string {\n  return name.trim();\n}\n";

describe('baselines', () => {
  it('verifies an unsaved buffer without writing it anywhere in the workspace', async () => {
    const w = gitWorkspace({ 'src/price.ts': price });
    const file = path.join(w.root, 'src/price.ts');
    const buffer = price.replace('cents / 100', 'Math.round(cents) / 100');
    const report = await engine.verify({ root: w.root, overlays: new Map([[file, buffer]]), options: { useCache: false } });
    expect(findVerdict(report, 'unitPrice').state).toBe('changed');
    expect(readFileSync(file, 'utf8')).toBe(price);
    expect(w.git('status', '--porcelain')).toBe('');
  });

  it('compares with a baseline the caller supplies (the text just before an AI edit)', async () => {
    const w = gitWorkspace({ 'src/price.ts': price });
    const file = path.join(w.root, 'src/price.ts');
    const beforeEdit = price.replace('cents / 100', 'cents / 10');
    const afterEdit = price.replace('cents / 100', '(cents / 10) * 1');
    const report = await engine.verify({
      root: w.root,
      overlays: new Map([[file, afterEdit]]),
      baselineOverrides: new Map([[file, beforeEdit]]),
      options: { useCache: false },
    });
    const verdict = findVerdict(report, 'unitPrice');
    expect(verdict.baseline).toEqual({ kind: 'buffer', description: 'the text before the edit' });
    expect(verdict.state).toBe('verified'); // same as the pre-edit text, although it differs from HEAD
  });

  it('--base compares with an older commit', async () => {
    const w = gitWorkspace({ 'src/price.ts': price });
    w.edit({ 'src/price.ts': price.replace('cents / 100', 'cents / 1000') });
    w.git('commit', '-qam', 'second');
    const againstHead = await engine.verify({ root: w.root, options: { useCache: false } });
    expect(againstHead.verdicts).toEqual([]);
    const againstFirst = await engine.verify({ root: w.root, base: 'HEAD~1', options: { useCache: false } });
    expect(againstFirst.base).toBe('HEAD~1');
    expect(findVerdict(againstFirst, 'unitPrice').state).toBe('changed');
  });
});

describe('scope', () => {
  it('callers in files that import a changed export are affected, and compared old against new', async () => {
    const w = gitWorkspace({ 'src/price.ts': price, 'src/order.ts': order });
    w.edit({ 'src/price.ts': price.replace('cents / 100', 'cents / 100 + (cents > 500 ? 1 : 0)') });
    const report = await engine.verify({ root: w.root, options: { useCache: false } });
    const caller = findVerdict(report, 'orderTotal');
    expect(caller.change).toBe('affected');
    expect(caller.notes).toContain('checked because it calls unitPrice');
    expect(caller.state).toBe('changed');
    expect(report.verdicts.map((v) => v.declaration.qualifiedName)).not.toContain('label');
  });

  it('the number of affected callers is bounded by affectedLimit', async () => {
    const w = gitWorkspace({ 'src/price.ts': price, 'src/order.ts': order });
    w.edit({ 'src/price.ts': price.replace('cents / 100', 'cents / 100 + 0') });
    const report = await engine.verify({ root: w.root, options: { useCache: false, affectedLimit: 0 } });
    expect(report.verdicts.map((v) => v.declaration.qualifiedName)).toEqual(['unitPrice']);
    expect(report.notes).toContain('callers in 1 more importing file not checked: the limit of 0 affected declarations was reached (raise it with --affected-limit, affectedLimit in vouch.config.json, or the vouch.affectedLimit setting)');
  });

  it('an affected caller can be picked by its own name, as a replayed finding does', async () => {
    const w = gitWorkspace({ 'src/price.ts': price, 'src/order.ts': order });
    w.edit({ 'src/price.ts': price.replace('cents / 100', 'cents / 100 + (cents > 500 ? 1 : 0)') });
    const report = await engine.verify({ root: w.root, options: { useCache: false, only: ['orderTotal'] } });
    expect(report.verdicts.map((v) => [v.declaration.qualifiedName, v.change])).toEqual([['orderTotal', 'affected']]);
  });

  it('paths limit verification to the files under them', async () => {
    const w = gitWorkspace({ 'src/a/one.ts': price, 'src/b/two.ts': price });
    w.edit({ 'src/a/one.ts': price.replace('100', '10'), 'src/b/two.ts': price.replace('100', '1000') });
    const report = await engine.verify({ root: w.root, paths: ['src/b'], options: { useCache: false } });
    expect(report.verdicts.map((v) => v.declaration.relativePath)).toEqual(['src/b/two.ts']);
  });
});

describe('the verdict cache', () => {
  it('answers unchanged code at once, and stops answering when the code changes', async () => {
    const w = gitWorkspace({ 'src/price.ts': price });
    w.edit({ 'src/price.ts': price.replace('cents / 100', 'cents * 0.01') });
    const first = await engine.verify({ root: w.root });
    expect(first.verdicts[0].cached).toBeUndefined();
    const second = await engine.verify({ root: w.root });
    expect(second.verdicts[0].cached).toBe(true);
    expect(second.verdicts[0].state).toBe(first.verdicts[0].state);
    w.edit({ 'src/price.ts': price.replace('cents / 100', 'cents * 0.02') });
    const third = await engine.verify({ root: w.root });
    expect(third.verdicts[0].cached).toBeUndefined();
    expect(third.verdicts[0].state).toBe('changed');
  });
});
