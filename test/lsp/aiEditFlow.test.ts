// The main path through the real server: an AI tool inserts a function with a bug; a red squiggle
// appears on the right line, naming the input; the CodeLens says failing; fixing the bug clears
// it; a behaviour change is a warning until accepted from its quick fix, and so is a slowdown.
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AcceptChangeRequest, AiEditNotification } from '../../shared/src/protocol';
import { gitWorkspace, tempFolder } from '../helpers/gitWorkspace';
import { LspSession, positionAt } from './lspSession';

const pricing = [
  "export type Tier = 'basic' | 'gold';",
  '',
  'export function bulkPrice(unit: number, qty: number): number {',
  '  const discount = qty >= 10 ? 0.1 : 0;',
  '  return unit * qty * (1 - discount);',
  '}',
  '',
].join('\n');

const inserted = [
  'export function initials(name: string): string {',
  '  const parts = name.trim().split(/\\s+/);',
  '  return parts[0][0].toUpperCase() + (parts[1]?.[0] ?? "").toUpperCase();',
  '}',
  '',
].join('\n');

const setBased = 'export function unique(xs: number[]): number[] {\n  return [...new Set(xs)];\n}\n';
const searching = '  const out: number[] = [];\n  for (const x of xs) if (!out.includes(x)) out.push(x);\n  return out;\n';

describe('an AI edit through the language server', () => {
  const workspace = gitWorkspace({ 'src/pricing.ts': pricing, 'src/unique.ts': setBased });
  const file = path.join(workspace.root, 'src/pricing.ts');
  let session: LspSession;
  let uri: string;

  beforeAll(async () => {
    session = await LspSession.start({ folders: [workspace.root], env: { VOUCH_CACHE_DIR: tempFolder() } });
    uri = await session.open(file);
  });
  afterAll(() => session.stop());

  /** Inserts text at the end as one change and reports it the way the client's classifier does. */
  async function aiInsert(text: string): Promise<void> {
    const before = session.textOf(uri);
    const at = positionAt(before, before.length);
    const version = await session.change(uri, [{ range: { start: at, end: at }, text }]);
    const end = positionAt(before + text, before.length + text.length);
    await session.connection.sendNotification(AiEditNotification, { uri, version, ranges: [{ start: at, end }], source: 'insertion', textBefore: before });
  }

  it('shows the crash as an error on the line that crashed, with the input, and a failing CodeLens', async () => {
    await aiInsert(inserted);
    const diagnostics = await session.diagnosticsWhere(uri, (ds) => ds.some((d) => d.code === 'crash'));
    const crash = diagnostics.find((d) => d.code === 'crash')!;
    expect(crash.source).toBe('Vouch');
    expect(crash.severity).toBe(1); // Error
    expect(crash.range.start.line).toBe(8); // `return parts[0][0].toUpperCase() …` (0-based; the function starts on line 6)
    expect(crash.message).toMatch(/^Crash \(\d+ of \d+ inputs\): initials\(""\) throws TypeError: Cannot read properties of undefined \(reading 'toUpperCase'\)$/);
    expect(crash.relatedInformation?.[0].location.uri).toMatch(/initials\.vouch\.test\.ts$/);

    const lenses = (await session.codeLenses(uri)) ?? [];
    const titles = lenses.filter((l) => l.range.start.line === 6).map((l) => l.command?.title);
    expect(titles).toContain('1 failing: show');
    expect(titles).toContain('Generate tests');
    expect(lenses.filter((l) => l.command?.title === 'Generate tests').map((l) => l.range.start.line)).toEqual([2, 6]);

    const actions = (await session.codeActions(uri, crash.range, [crash])) ?? [];
    expect(actions.map((a) => ('title' in a ? a.title : ''))).toEqual([
      "Save Vouch's tests for initials into the project",
      'Verify initials again',
      'Open the Vouch report of initials',
    ]);
  });

  it('clears the squiggle once the bug is fixed, and the CodeLens says verified', async () => {
    // The user fixes it by typing inside the AI-edited function: the marks stay.
    const text = session.textOf(uri);
    const at = text.indexOf('parts[0][0].toUpperCase()');
    const start = positionAt(text, at);
    const end = positionAt(text, at + 'parts[0][0]'.length);
    await session.change(uri, [{ range: { start, end }, text: '(parts[0][0] ?? "")' }]);
    await session.diagnosticsWhere(uri, (ds) => ds.length === 0);
    await session.settled(uri);
    const lenses = (await session.codeLenses(uri)) ?? [];
    expect(lenses.find((l) => l.range.start.line === 6 && l.command?.title.startsWith('Verified:'))?.command?.title).toMatch(/^Verified: \d+ inputs, \d checks$/);
  });

  it('a behaviour change is a warning until it is accepted from its quick fix', async () => {
    const text = session.textOf(uri);
    const start = positionAt(text, text.indexOf('  const discount'));
    const end = positionAt(text, text.indexOf('  return unit'));
    const version = await session.change(uri, [{ range: { start, end }, text: '  const discount = qty > 10 ? 0.1 : 0;\n' }]);
    await session.connection.sendNotification(AiEditNotification, { uri, version, ranges: [{ start, end: { line: start.line, character: 39 } }], source: 'insertion', textBefore: text });
    const diagnostics = await session.diagnosticsWhere(uri, (ds) => ds.some((d) => d.code === 'behavior-change'));
    const change = diagnostics.find((d) => d.code === 'behavior-change')!;
    expect(change.severity).toBe(2); // Warning
    expect(change.range.start.line).toBe(3);
    expect(change.message).toMatch(/^Behaviour changed \(\d+ of \d+ inputs\): bulkPrice\(.+, 10\): .+ → .+$/);
    const lens = ((await session.codeLenses(uri)) ?? []).find((l) => l.range.start.line === 2 && l.command?.title.startsWith('Behaviour changed'));
    expect(lens?.command?.title).toMatch(/^Behaviour changed on \d+ of \d+ inputs: review$/);

    const actions = (await session.codeActions(uri, change.range, [change])) ?? [];
    const accept = actions.find((a) => 'title' in a && a.title === 'Accept the behaviour change of bulkPrice') as { command?: { command: string; arguments: unknown[] } };
    expect(accept?.command?.command).toBe('vouch.acceptChange');
    await session.connection.sendRequest(AcceptChangeRequest, { uri, declaration: 'bulkPrice' });
    await session.waitFor('the warning to go', () => {
      const latest = session.latestDiagnostics(uri);
      return latest && !latest.diagnostics.some((d) => d.code === 'behavior-change') ? true : undefined;
    });
    const after = ((await session.codeLenses(uri)) ?? []).find((l) => l.range.start.line === 2 && l.command?.title !== 'Generate tests');
    expect(after?.command?.title).toBe('Behaviour change accepted');
  });

  it('a slowdown (same answers, work repeated in a loop) is a warning with the numbers, a CodeLens to review and a quick fix to accept', async () => {
    const uri = await session.open(path.join(workspace.root, 'src/unique.ts'));
    const text = session.textOf(uri);
    const start = positionAt(text, text.indexOf('  return [...'));
    const end = positionAt(text, text.indexOf('}'));
    const version = await session.change(uri, [{ range: { start, end }, text: searching }]);
    await session.connection.sendNotification(AiEditNotification, { uri, version, ranges: [{ start, end: { line: start.line + 2, character: 12 } }], source: 'insertion', textBefore: text });

    const diagnostics = await session.diagnosticsWhere(uri, (ds) => ds.some((d) => d.code === 'slowdown'));
    const slowdown = diagnostics.find((d) => d.code === 'slowdown')!;
    expect(diagnostics.map((d) => d.code)).toEqual(['slowdown']);
    expect(slowdown.severity).toBe(2); // Warning
    expect(slowdown.message).toMatch(/^Slowdown: \d+(\.\d)?× slower: \S+ ms → \S+ ms a call on an input \d+ items long; \S+ ms → \S+ ms over \d+ inputs timed; input: unique\(\[.{10,80}$/);
    const lens = ((await session.codeLenses(uri)) ?? []).find((l) => l.command?.title !== 'Generate tests');
    expect(lens?.command?.title).toMatch(/^Slower: \S+ ms → \S+ ms a call: review$/);

    const actions = (await session.codeActions(uri, slowdown.range, [slowdown])) ?? [];
    expect(actions.map((a) => ('title' in a ? a.title : ''))).toContain('Accept the slowdown of unique');
    await session.connection.sendRequest(AcceptChangeRequest, { uri, declaration: 'unique' });
    await session.waitFor('the warning to go', () => {
      const latest = session.latestDiagnostics(uri);
      return latest && !latest.diagnostics.some((d) => d.code === 'slowdown') ? true : undefined;
    });
  });
});
