// State that outlives one edit: AI marks kept across a server restart, settings read per
// workspace folder (multi-root), and the `preEdit` baseline.
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AiEditNotification } from '../../shared/src/protocol';
import { gitWorkspace, tempFolder } from '../helpers/gitWorkspace';
import { until } from '../helpers/until';
import { existsSync, readFileSync } from 'node:fs';
import { workspaceCache } from '../../server/src/core/workspace/cacheFolder';
import { LspSession, positionAt } from './lspSession';

const base = 'export function label(n: number): string {\n  return `#${n}`;\n}\n';
const added = 'export function twice(n: number): number {\n  const doubled = n * 2;\n  return doubled;\n}\n';

const sessions: LspSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.stop()));
});

async function start(options: Parameters<typeof LspSession.start>[0]): Promise<LspSession> {
  const session = await LspSession.start(options);
  sessions.push(session);
  return session;
}


describe('workspace state in the language server', () => {
  it('keeps AI marks across a server restart when the text is unchanged', async () => {
    const workspace = gitWorkspace({ 'src/a.ts': base });
    const cache = tempFolder();
    const file = path.join(workspace.root, 'src/a.ts');
    const first = await start({ folders: [workspace.root], env: { VOUCH_CACHE_DIR: cache } });
    const uri = await first.open(file);
    await first.aiAppend(uri, added);
    await first.settled(uri);
    const text = first.textOf(uri);
    await first.stop();
    // The marks were written to the workspace's cache folder.
    const saved = path.join(workspaceCache(workspace.root, cache).dir, 'ai-ranges.json');
    await until('the AI marks file', () => existsSync(saved));
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toBeTruthy();

    const second = await start({ folders: [workspace.root], env: { VOUCH_CACHE_DIR: cache } });
    const reopened = await second.open(file, text);
    const restored = await second.waitFor('the restored AI range', () => second.verdicts.filter((v) => v.uri === reopened && v.aiRanges.length > 0).at(-1));
    expect(restored.aiRanges[0].start.line).toBe(3);
    const verdicts = await second.settled(reopened);
    expect(verdicts.declarations.find((d) => d.qualifiedName === 'twice')).toMatchObject({ state: 'verified', aiEdited: true });
  });

  it('reads settings per workspace folder: the same edit is verified in one folder and not in the other', async () => {
    const on = gitWorkspace({ 'src/a.ts': base });
    const off = gitWorkspace({ 'src/a.ts': base });
    const s = await start({
      folders: [on.root, off.root],
      env: { VOUCH_CACHE_DIR: tempFolder() },
      folderSettings: { [off.root]: { enable: false }, [on.root]: { unverifiedSeverity: 'warning' } },
    });
    const onUri = await s.open(path.join(on.root, 'src/a.ts'));
    const offUri = await s.open(path.join(off.root, 'src/a.ts'));
    await s.aiAppend(offUri, added);
    await s.aiAppend(onUri, added);
    const verified = await s.settled(onUri);
    expect(verified.declarations.find((d) => d.qualifiedName === 'twice')?.state).toBe('verified');
    const disabled = s.verdicts.filter((v) => v.uri === offUri && v.version === s.version(offUri)).at(-1);
    expect(disabled?.declarations ?? []).toEqual([]);
  });

  it('baseline preEdit compares with the text just before the AI edit, not with HEAD', async () => {
    // HEAD has `n * 2`; the user changed it to `n * 3` by hand; the AI edit keeps `n * 3`.
    const workspace = gitWorkspace({ 'src/a.ts': 'export function scale(n: number): number {\n  return n * 2;\n}\n' });
    const s = await start({ folders: [workspace.root], env: { VOUCH_CACHE_DIR: tempFolder() }, settings: { baseline: 'preEdit' } });
    const uri = await s.open(path.join(workspace.root, 'src/a.ts'), 'export function scale(n: number): number {\n  return n * 3;\n}\n');
    const before = s.textOf(uri);
    const start_ = positionAt(before, before.indexOf('  return'));
    const end = positionAt(before, before.indexOf('}'));
    const version = await s.change(uri, [{ range: { start: start_, end }, text: '  const factor = 3;\n  return n * factor;\n' }]);
    await s.connection.sendNotification(AiEditNotification, { uri, version, ranges: [{ start: start_, end: { line: 3, character: 0 } }], source: 'insertion', textBefore: before });
    const verdicts = await s.settled(uri);
    const scale = verdicts.declarations.find((d) => d.qualifiedName === 'scale');
    expect(scale?.state).toBe('verified'); // against HEAD it would have changed (n * 2 → n * 3)
    expect(scale?.verdict?.baseline).toEqual({ kind: 'buffer', description: 'the text before the edit' });
  });
});
