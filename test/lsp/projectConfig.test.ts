// The project's vouch.config.json in the editor, through the built server speaking LSP: it sets
// the budget and the files verified, a change to it re-verifies open documents, a broken one is a
// diagnostic on the file itself while verification goes on with the defaults, and its sandbox
// allowances reach the runner, per workspace folder.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { AiEditNotification } from '../../shared/src/protocol';
import type { DeclarationStatus } from '../../shared/src/protocol';
import { gitWorkspace, tempFolder } from '../helpers/gitWorkspace';
import { LspSession, positionAt } from './lspSession';

const base = 'export function label(n: number): string {\n  return `#${n}`;\n}\n';
const added = 'export function twice(n: number): number {\n  const doubled = n * 2;\n  return doubled;\n}\n';

const sessions: LspSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.stop()));
});

async function start(folders: string[], options: Partial<Parameters<typeof LspSession.start>[0]> = {}): Promise<LspSession> {
  const session = await LspSession.start({ folders, env: { VOUCH_CACHE_DIR: tempFolder() }, ...options });
  sessions.push(session);
  return session;
}


/** Writes the folder's configuration and tells the server, as the client's watcher would, once
 *  the server has asked to watch it. */
async function writeConfig(s: LspSession, root: string, config: unknown, created = false): Promise<void> {
  await s.waitFor('the server to watch vouch.config.json', () => s.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
  const file = path.join(root, 'vouch.config.json');
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  await s.filesChanged([{ uri: s.uriOf(file), type: created ? FileChangeType.Created : FileChangeType.Changed }]);
}

/** The latest state of a declaration once nothing is pending, after verdicts number `after`. */
function declarationAfter(s: LspSession, uri: string, name: string, after: number, accept: (d: DeclarationStatus) => boolean = () => true): Promise<DeclarationStatus> {
  return s.waitFor(`${name} in ${uri}`, () => {
    const latest = s.verdicts.slice(after).filter((v) => v.uri === uri && v.version === s.version(uri)).at(-1);
    const found = latest?.declarations.find((d) => d.qualifiedName === name);
    return found && found.state !== 'pending' && latest!.declarations.every((d) => d.state !== 'pending') && accept(found) ? found : undefined;
  });
}

/** The declaration verified again after `after`: its old verdict dropped (stale), then a new one. */
async function reverified(s: LspSession, uri: string, name: string, after: number): Promise<DeclarationStatus> {
  const dropped = await s.waitFor(`${name}'s verdict to be dropped`, () => {
    const index = s.verdicts.findIndex((v, i) => i >= after && v.uri === uri && v.declarations.every((d) => d.qualifiedName !== name || d.state === 'pending'));
    return index === -1 ? undefined : index;
  });
  return declarationAfter(s, uri, name, dropped + 1);
}

describe('vouch.config.json in the editor', () => {
  it('sets the budget; a change to it re-verifies the open document with the new one', async () => {
    const w = gitWorkspace({ 'src/a.ts': base, 'vouch.config.json': JSON.stringify({ runs: 7, relatedTests: false }) });
    const s = await start([w.root]);
    expect(await s.waitFor('the watcher registration', () => s.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'))).toMatchObject({
      registerOptions: { watchers: [{ globPattern: '**/{vouch.config.json,package.json}' }] },
    });
    const uri = await s.open(path.join(w.root, 'src/a.ts'));
    await s.aiAppend(uri, added);
    const first = await declarationAfter(s, uri, 'twice', 0);
    expect(first.state).toBe('verified');
    expect(first.verdict!.inputs).toBeGreaterThan(0);
    expect(first.verdict!.inputs).toBeLessThanOrEqual(7); // the editor's default is 200

    const mark = s.verdicts.length;
    await writeConfig(s, w.root, { runs: 31, relatedTests: false });
    const again = await reverified(s, uri, 'twice', mark);
    expect(again.state).toBe('verified');
    expect(again.verdict!.inputs).toBeGreaterThan(7);
    expect(again.verdict!.inputs).toBeLessThanOrEqual(31);
  });

  it('an explicit editor setting wins over the file, even at its default value', async () => {
    const w = gitWorkspace({ 'src/a.ts': base, 'vouch.config.json': JSON.stringify({ runs: 7, relatedTests: false }) });
    const s = await start([w.root], { settings: { runs: 200 }, explicit: ['runs'] });
    const uri = await s.open(path.join(w.root, 'src/a.ts'));
    await s.aiAppend(uri, added);
    const twice = await declarationAfter(s, uri, 'twice', 0);
    expect(twice.verdict!.inputs).toBeGreaterThan(7);
  });

  it('its severity per check kind sets the diagnostic\'s severity', async () => {
    const scale = 'export function scale(n: number): number {\n  return n * 2;\n}\n';
    const w = gitWorkspace({ 'src/a.ts': scale, 'vouch.config.json': JSON.stringify({ runs: 20, relatedTests: false, severity: { 'behavior-change': 'error' } }) });
    const s = await start([w.root]);
    const uri = await s.open(path.join(w.root, 'src/a.ts'));
    const before = s.textOf(uri);
    const from = positionAt(before, before.indexOf('  return'));
    const to = positionAt(before, before.indexOf('}'));
    const version = await s.change(uri, [{ range: { start: from, end: to }, text: '  return n * 3;\n' }]);
    await s.connection.sendNotification(AiEditNotification, { uri, version, ranges: [{ start: from, end: { line: 2, character: 0 } }], source: 'insertion', textBefore: before });
    const [change] = await s.diagnosticsWhere(uri, (diagnostics) => diagnostics.some((d) => d.code === 'behavior-change'));
    expect(change.severity).toBe(1); // an Error; the editor's own level for a behaviour change is a Warning
  });

  it('package.json "vouch" works too; a client that cannot watch files gets a changed file at the next run', async () => {
    const manifest = (runs: number) => JSON.stringify({ name: 'shop', private: true, vouch: { runs, relatedTests: false } }, null, 2);
    const w = gitWorkspace({ 'src/a.ts': base, 'package.json': manifest(7) });
    const s = await start([w.root], { watchFiles: false });
    await s.waitFor('the log line', () => s.logs.find((line) => line.includes('cannot watch files')));
    const uri = await s.open(path.join(w.root, 'src/a.ts'));
    await s.aiAppend(uri, added);
    const first = await declarationAfter(s, uri, 'twice', 0);
    expect(first.verdict!.inputs).toBeLessThanOrEqual(7);
    expect(s.registrations).toEqual([]);

    // No event tells the server: the next run notices the file changed and uses it.
    writeFileSync(path.join(w.root, 'package.json'), manifest(31));
    const mark = s.verdicts.length;
    await s.aiAppend(uri, 'export function thrice(n: number): number {\n  const tripled = n * 3;\n  return tripled;\n}\n');
    const later = await declarationAfter(s, uri, 'thrice', mark);
    expect(later.state).toBe('verified');
    expect(later.verdict!.inputs).toBeGreaterThan(7);
    expect(later.verdict!.inputs).toBeLessThanOrEqual(31);
  });

  it('a file its exclude globs leave out is not verified, and says why; removing the glob verifies it', async () => {
    const w = gitWorkspace({ 'src/gen/a.ts': base, 'vouch.config.json': JSON.stringify({ exclude: ['src/gen/**'], relatedTests: false, runs: 20 }) });
    const s = await start([w.root]);
    const uri = await s.open(path.join(w.root, 'src/gen/a.ts'));
    await s.aiAppend(uri, added);
    await s.waitFor('the log line', () => s.logs.find((line) => line.includes('Vouch is not verifying') && line.includes('src/gen/a.ts')));
    const titles = ((await s.codeLenses(uri)) ?? []).map((lens) => lens.command?.title);
    expect(titles).toContain('Vouch: not verified: vouch.config.json excludes this file ("exclude": ["src/gen/**"])');
    const latest = s.verdicts.filter((v) => v.uri === uri && v.version === s.version(uri)).at(-1);
    expect(latest?.declarations).toEqual([]);
    expect(s.latestDiagnostics(uri)?.diagnostics ?? []).toEqual([]);

    const mark = s.verdicts.length;
    await writeConfig(s, w.root, { relatedTests: false, runs: 20 });
    expect((await declarationAfter(s, uri, 'twice', mark)).state).toBe('verified');
    expect(((await s.codeLenses(uri)) ?? []).map((lens) => lens.command?.title).join('\n')).not.toContain('not verified');
  });

  it('a broken file is a diagnostic at its place and one message; verification goes on; fixing it clears it', async () => {
    const w = gitWorkspace({ 'src/a.ts': base, 'vouch.config.json': '{\n  "runs": 5,\n  "runz": 9\n}\n' });
    const configUri = URI.file(path.join(w.root, 'vouch.config.json')).toString();
    const s = await start([w.root]);
    // Shown at once, before any document is opened: the unknown key's name, line 3.
    const [problem] = await s.waitFor('the configuration diagnostic', () => s.latestDiagnostics(configUri)?.diagnostics.length ? s.latestDiagnostics(configUri)!.diagnostics : undefined);
    expect(problem).toMatchObject({ source: 'Vouch', code: 'config', severity: 1, range: { start: { line: 2, character: 2 }, end: { line: 2, character: 8 } } });
    expect(problem.message).toMatch(/^vouch\.config\.json: unknown key "runz" \(did you mean "runs"\?\)/);
    await s.waitFor('the message', () => s.messages.find((m) => m.includes('unknown key "runz"') && /until it is fixed/i.test(m)));

    // Verification goes on, with the defaults (the broken file's runs: 5 is not used).
    const uri = await s.open(path.join(w.root, 'src/a.ts'));
    await s.aiAppend(uri, added);
    const meanwhile = await declarationAfter(s, uri, 'twice', 0);
    expect(meanwhile.state).toBe('verified');
    expect(meanwhile.verdict!.inputs).toBeGreaterThan(5);

    // Another mistake moves the diagnostic: a JSON syntax error, at the character it points at.
    await writeConfig(s, w.root, '{\n  "runs": 5,\n}\n');
    const syntax = await s.waitFor('the syntax error', () => s.latestDiagnostics(configUri)?.diagnostics.find((d) => typeof d.message === 'string' && d.message.includes('not valid JSON')));
    expect(syntax.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 1 } });

    // Fixed: the diagnostic goes, and the file's budget applies to the open document.
    const mark = s.verdicts.length;
    await writeConfig(s, w.root, { runs: 5, relatedTests: false });
    await s.waitFor('the diagnostic to clear', () => (s.latestDiagnostics(configUri)?.diagnostics.length === 0 ? true : undefined));
    const fixed = await reverified(s, uri, 'twice', mark);
    expect(fixed.state).toBe('verified');
    expect(fixed.verdict!.inputs).toBeLessThanOrEqual(5);
    expect(s.messages.filter((m) => m.includes('unknown key "runz"'))).toHaveLength(1);
  });

  it('sandbox allowances reach the runner per folder: the folder that allows a write verifies it, the other cannot until it allows it too', async () => {
    const saver = (outDir: string) =>
      `import { writeFileSync } from 'node:fs';\n\nexport function save(text: string): number {\n  writeFileSync(${JSON.stringify(path.join(outDir, 'saved.txt'))}, text);\n  return text.length;\n}\n`;
    // The AI edit adds `save`; the import it needs comes with it (imports are hoisted).
    const allowing = gitWorkspace({ 'src/a.ts': base, 'vouch.config.json': JSON.stringify({ runs: 10, relatedTests: false, sandbox: { allowWrite: ['out'] } }) });
    const blocking = gitWorkspace({ 'src/a.ts': base, 'vouch.config.json': JSON.stringify({ runs: 10, relatedTests: false }) });
    for (const w of [allowing, blocking]) mkdirSync(path.join(w.root, 'out'));
    const s = await start([allowing.root, blocking.root]);

    const allowedUri = await s.open(path.join(allowing.root, 'src/a.ts'));
    await s.aiAppend(allowedUri, saver(path.join(allowing.root, 'out')));
    const blockedUri = await s.open(path.join(blocking.root, 'src/a.ts'));
    await s.aiAppend(blockedUri, saver(path.join(blocking.root, 'out')));
    const allowed = await declarationAfter(s, allowedUri, 'save', 0);
    const blocked = await declarationAfter(s, blockedUri, 'save', 0);
    expect([allowed.state, allowed.verdict?.reason]).toEqual(['verified', undefined]);
    expect(existsSync(path.join(allowing.root, 'out', 'saved.txt'))).toBe(true);
    expect([blocked.state, blocked.verdict?.reason]).toEqual(['unverifiable', 'writes files']);
    expect(existsSync(path.join(blocking.root, 'out', 'saved.txt'))).toBe(false);

    // Allowing it in the second folder: verified again, not answered from the verdict cache.
    const mark = s.verdicts.length;
    await writeConfig(s, blocking.root, { runs: 10, relatedTests: false, sandbox: { allowWrite: ['out'] } });
    const now = await reverified(s, blockedUri, 'save', mark);
    expect(now.state).toBe('verified');
    expect(existsSync(path.join(blocking.root, 'out', 'saved.txt'))).toBe(true);
  });
});
