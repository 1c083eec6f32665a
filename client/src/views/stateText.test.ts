import { describe, expect, it } from 'vitest';
import {
  checkLabel, checkStateText, checkTooltipMarkdown, clip, declarationStateText, escapeMarkdown, shortCountsText, summaryText, worstState,
} from './stateText';
import { check, counts, declaration, finding } from './verdictFixtures';

describe('counts as text', () => {
  it('lists the five summary states always, accepted only when some are', () => {
    const some = counts({ verified: 3, failed: 1, changed: 1, pending: 1 });
    expect(summaryText(some)).toBe('3 verified · 1 failing · 1 changed · 0 unverified · 1 pending');
    expect(summaryText({ ...some, accepted: 2 })).toBe('3 verified · 1 failing · 1 changed · 0 unverified · 1 pending · 2 accepted');
  });

  it('keeps only non-zero counts, most urgent first, in short counts', () => {
    expect(shortCountsText(counts({ verified: 2, failed: 1, unverifiable: 1 }))).toBe('1 failing · 1 unverified · 2 verified');
    expect(shortCountsText(counts())).toBe('');
  });

  it('picks the state most in need of attention', () => {
    expect(worstState(counts({ verified: 5, changed: 1, pending: 2 }))).toBe('changed');
    expect(worstState(counts())).toBeUndefined();
  });
});

describe('a declaration state in words', () => {
  it('says how many inputs a verified declaration ran', () => {
    expect(declarationStateText(declaration('total', 0, 4))).toBe('verified, 214 inputs');
    expect(declarationStateText(declaration('total', 0, 4, {}, { inputs: 1 }))).toBe('verified, 1 input');
  });

  it('names the failing check kinds, without the behaviour change', () => {
    const failed = declaration('total', 0, 4, { state: 'failed' }, {
      checks: [check({ kind: 'crash', status: 'failed', finding: finding() }), check({ kind: 'behavior-change', status: 'failed' }), check({ kind: 'related-test', status: 'failed' })],
    });
    expect(declarationStateText(failed)).toBe('failed: crash, related test');
  });

  it('gives the share of inputs a behaviour change showed on', () => {
    const changed = declaration('total', 0, 4, { state: 'changed' }, {
      checks: [check({ kind: 'behavior-change', status: 'failed', finding: finding({ kind: 'behavior-change', failingInputs: 3, totalInputs: 200 }) })],
    });
    expect(declarationStateText(changed)).toBe('changed on 3 of 200 inputs');
    expect(declarationStateText(declaration('total', 0, 4, { state: 'changed' }, { checks: [] }))).toBe('behaviour changed');
  });

  it('gives the times of a slowdown when it is the only change, and leaves it out of the failing kinds', () => {
    const slower = check({ kind: 'slowdown', status: 'failed', finding: finding({ kind: 'slowdown', input: 'unique([1, 2])', old: '0.28 ms', new: '3.5 ms' }) });
    expect(declarationStateText(declaration('unique', 0, 4, { state: 'changed' }, { checks: [slower] }))).toBe('slower: 0.28 ms → 3.5 ms a call');
    const failed = declaration('unique', 0, 4, { state: 'failed' }, { checks: [check({ kind: 'crash', status: 'failed', finding: finding() }), slower] });
    expect(declarationStateText(failed)).toBe('failed: crash');
    expect(checkStateText(slower)).toBe('slower on unique([1, 2])');
  });

  it('words pending, unverifiable and accepted', () => {
    expect(declarationStateText(declaration('total', 0, 4, { state: 'pending' }))).toBe('verifying…');
    expect(declarationStateText(declaration('fetchUser', 0, 4, { state: 'unverifiable' }, { reason: 'needs network' }))).toBe('unverifiable: needs network');
    expect(declarationStateText(declaration('total', 0, 4, { state: 'accepted' }))).toBe('behaviour change accepted');
  });
});

describe('a check in words', () => {
  it('labels kinds as people read them', () => {
    expect(checkLabel('behavior-change')).toBe('behaviour change');
    expect(checkLabel('crash')).toBe('crash');
  });

  it('says the input a check failed on, or the finding when there is no input', () => {
    expect(checkStateText(check({ kind: 'crash', status: 'failed', finding: finding() }))).toBe('failed on total([])');
    expect(checkStateText(check({ kind: 'behavior-change', status: 'failed', finding: finding({ input: 'total([1])' }) }))).toBe('changed on total([1])');
    expect(checkStateText(check({ kind: 'doctest', status: 'failed', finding: finding({ input: undefined, message: 'the @example no longer holds' }) }))).toBe('failed: the @example no longer holds');
    expect(checkStateText(check({ kind: 'crash', inputs: 0 }))).toBe('passed');
    expect(checkStateText(check({ kind: 'behavior-change', status: 'skipped', reason: 'no baseline' }))).toBe('skipped: no baseline');
  });

  it('clips long one-line text', () => {
    expect(clip('a\n  b')).toBe('a b');
    expect(clip('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('puts the finding in the tooltip, with values fenced even when they hold backticks', () => {
    const tooltip = checkTooltipMarkdown(check({
      kind: 'behavior-change', status: 'failed',
      finding: finding({ kind: 'behavior-change', message: 'the result *differs*', input: 'fmt("`a`")', old: '"a"', new: '"A"', seed: 7, location: { file: '/x.ts', line: 3, column: 5 } }),
    }));
    expect(tooltip).toContain('**behaviour change** (`behavior-change`)');
    expect(tooltip).toContain('the result \\*differs\\*');
    expect(tooltip).toContain('```ts\nfmt("`a`")\n```');
    expect(tooltip).toContain('**Old version**');
    expect(tooltip).toContain('At line 3, column 5.');
    expect(tooltip).toContain('Seed 7.');
    expect(escapeMarkdown('[x](y)')).toBe('\\[x\\]\\(y\\)');
  });
});
