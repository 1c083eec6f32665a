import { describe, expect, it } from 'vitest';
import { buildResultsTree, checkIcon, childrenOf, stateIcon } from './resultsTreeModel';
import type { DeclarationNode, FileNode, SummaryNode } from './resultsTreeModel';
import { FILE, check, declaration, file, finding } from './verdictFixtures';

const options = { relativePath: (uri: string) => uri.replace('file:///work/shop/', ''), trusted: true };

function sampleFile() {
  return file([
    declaration('Cart.total', 10, 20, { state: 'failed' }, {
      checks: [
        check({ kind: 'crash', status: 'failed', finding: finding({ location: { file: '/work/shop/src/cart.ts', line: 14, column: 9 } }) }),
        check({ kind: 'contract' }),
        check({ kind: 'crash', status: 'skipped', reason: 'again' }),
      ],
    }),
    declaration('applyDiscount', 2, 8, { state: 'changed' }),
    declaration('format', 22, 24, { state: 'pending' }),
  ]);
}

describe('the results tree', () => {
  it('is empty when nothing has a state, or the workspace is untrusted (the welcome views show)', () => {
    expect(buildResultsTree([], options)).toEqual([]);
    expect(buildResultsTree([file([], { aiRanges: [] })], options)).toEqual([]);
    expect(buildResultsTree([sampleFile()], { ...options, trusted: false })).toEqual([]);
  });

  it('starts with the workspace summary, then one node per file with its counts', () => {
    const [summary, cart] = buildResultsTree([sampleFile()], options) as [SummaryNode, FileNode];
    expect(summary.label).toBe('0 verified · 1 failing · 1 changed · 0 unverified · 1 pending');
    expect(summary.ariaLabel).toBe('Vouch summary: 0 verified, 1 failing, 1 changed, 0 unverified, 1 pending');
    expect(summary.uris).toEqual([FILE]);
    expect(summary.contextValue).toBe('summary');
    expect(cart.label).toBe('src/cart.ts');
    expect(cart.description).toBe('1 failing · 1 changed · 1 pending');
    expect(cart.icon).toEqual({ id: 'error', color: 'testing.iconFailed' });
    expect(cart.collapsible).toBe('expanded');
  });

  it('lists declarations in source order, described by their state, with menus by state and export', () => {
    const cart = buildResultsTree([sampleFile()], options)[1] as FileNode;
    expect(cart.children.map((d) => [d.label, d.description])).toEqual([
      ['applyDiscount', 'behaviour changed'],
      ['Cart.total', 'failed: crash'],
      ['format', 'verifying…'],
    ]);
    const [discount, total, format] = cart.children as [DeclarationNode, DeclarationNode, DeclarationNode];
    expect(discount.contextValue).toBe('declaration changed exported');
    expect(format.contextValue).toBe('declaration pending');
    expect(format.icon).toEqual({ id: 'loading~spin' });
    expect(format.collapsible).toBe('none');
    expect(total.collapsible).toBe('expanded');
    expect(total.reveal).toEqual({ uri: FILE, range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } } });
    expect(total.ariaLabel).toBe('Cart.total: failed: crash, AI edit');
  });

  it('offers generate tests only for exported functions, as the CodeLens does', () => {
    const method = declaration('Cart.size', 0, 2, {}, { declaration: { ...declaration('x', 0, 1).verdict!.declaration, kind: 'method', exported: true } });
    const local = declaration('helper', 3, 4, {}, { declaration: { ...declaration('x', 0, 1).verdict!.declaration, exported: false } });
    const [, cart] = buildResultsTree([file([method, local])], options) as [SummaryNode, FileNode];
    expect(cart.children.map((d) => d.contextValue)).toEqual(['declaration verified', 'declaration verified']);
  });

  it('shows checks with their status, unique ids, and the crash location to reveal', () => {
    const total = (buildResultsTree([sampleFile()], options)[1] as FileNode).children[1]!;
    const checks = childrenOf(total);
    expect(checks.map((c) => [c.label, c.description, c.contextValue])).toEqual([
      ['crash', 'failed on total([])', 'check failed'],
      ['contract', 'passed, 200 inputs', 'check passed'],
      ['crash', 'skipped: again', 'check skipped'],
    ]);
    expect(new Set(checks.map((c) => c.id)).size).toBe(3);
    expect(checks[0]!.reveal).toEqual({ uri: 'file:///work/shop/src/cart.ts', range: { start: { line: 13, character: 8 }, end: { line: 13, character: 8 } } });
    expect(checks[1]!.reveal?.range.start.line).toBe(10);
    expect(checks[0]!.tooltip).toContain('total([])');
  });

  it('draws states and checks with the testing colours', () => {
    expect(stateIcon('verified')).toEqual({ id: 'pass', color: 'testing.iconPassed' });
    expect(stateIcon('changed').color).toBe('list.warningForeground');
    expect(stateIcon('unverifiable').color).toBe('disabledForeground');
    expect(checkIcon(check({ kind: 'behavior-change', status: 'failed' })).id).toBe('warning');
    expect(checkIcon(check({ kind: 'crash', status: 'failed' })).id).toBe('error');
  });
});
