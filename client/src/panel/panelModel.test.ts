import { describe, expect, it } from 'vitest';
import { buildPanelModel, type DeclarationView, type PanelModel } from './panelModel';
import { formatDuration } from './findingView';
import {
  FILE_URI,
  RELATIVE_PATH,
  acceptedTax,
  changedDiscount,
  check,
  failedTotal,
  fileVerdicts,
  pendingRound,
  status,
  unverifiableFetch,
  verdict,
  verifiedSize,
} from './panelFixtures';

const document = { uri: FILE_URI, relativePath: RELATIVE_PATH };
const all = [failedTotal, changedDiscount, verifiedSize, unverifiableFetch, acceptedTax, pendingRound];

function fileModel(declarations = all): Extract<PanelModel, { kind: 'file' }> {
  const model = buildPanelModel({ document, verdicts: fileVerdicts(declarations), trusted: true, enabled: true });
  if (model.kind !== 'file') throw new Error(`expected a file model, got ${model.kind}`);
  return model;
}

function declaration(name: string): DeclarationView {
  const found = fileModel().declarations.find((d) => d.qualifiedName === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

describe('the panel model, from a store snapshot', () => {
  it('says when no TypeScript file is shown, when the workspace is untrusted, when verification is off, and when nothing was verified', () => {
    expect(buildPanelModel({ trusted: true, enabled: true })).toMatchObject({ kind: 'empty', reason: 'no-file', title: 'No TypeScript file is active' });
    expect(buildPanelModel({ document, verdicts: fileVerdicts(all), trusted: false, enabled: true })).toMatchObject({
      kind: 'empty',
      reason: 'untrusted',
      title: 'Verification is off: this workspace is not trusted',
      fileName: 'cart.ts',
    });
    expect(buildPanelModel({ document, trusted: true, enabled: false })).toMatchObject({ kind: 'empty', reason: 'disabled' });
    const nothing = buildPanelModel({ document, trusted: true, enabled: true });
    expect(nothing).toMatchObject({ kind: 'empty', reason: 'nothing-verified', title: 'Nothing verified in this file yet', uri: FILE_URI });
    if (nothing.kind !== 'empty') throw new Error('unreachable');
    expect(nothing.detail).toBe('Vouch verifies AI edits as they land — or mark a selection as an AI edit.');
    expect(nothing.actions.map((a) => [a.command, a.qualifiedName])).toEqual([['vouch.generateTests', undefined]]);
  });

  it('lists declarations in source order with a summary that names what needs attention first', () => {
    const model = fileModel();
    expect(model.fileName).toBe('cart.ts');
    expect(model.relativePath).toBe(RELATIVE_PATH);
    expect(model.declarations.map((d) => d.qualifiedName)).toEqual(['round', 'total', 'Cart.discount', 'Cart.size', 'fetchPrices', 'tax']);
    expect(model.summary).toBe('6 declarations: 1 failed, 1 changed, 1 unverifiable, 1 verifying, 1 verified, 1 accepted');
    expect(model.actions.map((a) => a.command)).toEqual(['vouch.rerun', 'vouch.generateTests', 'vouch.showReport']);
  });

  it('gives each state its label, icon, summary and actions', () => {
    const byName = Object.fromEntries(fileModel().declarations.map((d) => [d.qualifiedName, d]));
    expect(byName['round']).toMatchObject({ state: 'pending', stateLabel: 'Verifying…', icon: 'loading', summary: 'Running checks…', line: 3 });
    expect(byName['total']).toMatchObject({ state: 'failed', stateLabel: 'Failed', icon: 'error', summary: '1 of 3 checks failing · 200 inputs · 1.2 s', line: 10 });
    expect(byName['Cart.discount']).toMatchObject({ stateLabel: 'Behaviour changed', icon: 'diff', summary: 'Behaviour differs on 7 inputs · 1.2 s' });
    expect(byName['Cart.size']).toMatchObject({ stateLabel: 'Verified', icon: 'pass', summary: '200 inputs, 2 checks · 1.2 s (cached)' });
    expect(byName['fetchPrices']).toMatchObject({ stateLabel: 'Unverifiable', summary: 'needs network · 1.2 s', notes: ['no baseline: the file is untracked'] });
    expect(byName['tax']).toMatchObject({ stateLabel: 'Accepted', icon: 'check', aiEdited: false });
    const commands = (name: string) => byName[name].actions.map((a) => a.command);
    expect(commands('Cart.discount')).toEqual(['vouch.rerun', 'vouch.acceptChange', 'vouch.generateTests', 'vouch.showReport']);
    expect(commands('total')).toEqual(['vouch.rerun', 'vouch.generateTests', 'vouch.showReport']);
    expect(commands('round')).toEqual(['vouch.rerun', 'vouch.generateTests']);
  });

  it('labels every action for screen readers with what it acts on, the visible label first', () => {
    for (const d of fileModel().declarations) {
      for (const a of d.actions) {
        expect(a.ariaLabel.startsWith(a.label)).toBe(true);
        expect(a.ariaLabel).toContain(d.qualifiedName);
        expect(a.qualifiedName).toBe(d.qualifiedName);
      }
    }
    expect(declaration('Cart.discount').actions[1].ariaLabel).toBe('Accept change of Cart.discount');
    expect(fileModel().actions[0].ariaLabel).toBe('Rerun all checks in cart.ts');
  });

  it('turns findings into the input, the two answers (expected/actual or old/new), the error, where and how often', () => {
    const [crash] = declaration('total').findings;
    expect(crash).toMatchObject({
      kind: 'crash',
      label: 'Crash',
      input: 'total([{ price: -0, qty: 1 }], "<script>alert(1)</script>")',
      error: "TypeError: Cannot read properties of undefined (reading '<b>qty</b>')",
      location: 'cart.ts:12:5',
      frequency: '3 of 200 inputs',
      seed: 1234,
      time: '85 ms',
    });
    expect(crash.comparison).toBeUndefined();
    const [change] = declaration('Cart.discount').findings;
    expect(change.comparison).toEqual({ kind: 'old-new', left: { label: 'Old', value: '50' }, right: { label: 'New', value: '49.99' } });
    const contract = status('parse', 60, 'failed', verdict('parse', 'failed', [check('contract', 'failed', { finding: { kind: 'contract', message: 'wrong type', expected: 'number', actual: '"1"' } })]));
    const [view] = fileModel([contract]).declarations[0].findings;
    expect(view.comparison).toEqual({ kind: 'expected-actual', left: { label: 'Expected', value: 'number' }, right: { label: 'Actual', value: '"1"' } });
  });

  it('lists the checks that ran with the inputs tried, and why a check was skipped', () => {
    expect(declaration('total').checks.map((c) => [c.label, c.statusLabel, c.detail])).toEqual([
      ['Crash', 'failed', '200 inputs · 85 ms'],
      ['Return type', 'passed', '200 inputs · 40 ms'],
      ['Behaviour change', 'passed', '200 inputs · 40 ms'],
      ['@example', 'skipped', 'no @example'],
    ]);
    expect(declaration('fetchPrices').checks[0]).toMatchObject({ status: 'unverifiable', icon: 'question', detail: 'needs network' });
  });

  it('gives declarations DOM-safe ids that stay distinct', () => {
    const twins = [status('a.b', 1, 'verified'), status('a-b', 2, 'verified'), status('"><img>', 3, 'verified')];
    expect(fileModel(twins).declarations.map((d) => d.id)).toEqual(['decl-a-b', 'decl-a-b-2', 'decl----img-']);
  });

  it('does not offer to generate tests for a declaration that is not exported', () => {
    const local = verdict('helper', 'verified', [check('crash', 'passed')]);
    local.declaration.exported = false;
    expect(fileModel([status('helper', 1, 'verified', local)]).declarations[0].actions.map((a) => a.command)).toEqual(['vouch.rerun', 'vouch.showReport']);
  });

  it('formats durations for people', () => {
    expect([formatDuration(0), formatDuration(340.4), formatDuration(1234), formatDuration(12_500), formatDuration(125_000)]).toEqual(['0 ms', '340 ms', '1.2 s', '13 s', '2 min 5 s']);
  });
});
