// "Generate tests" through the language server: the file is written into the project, passes
// when run with the project's vitest, and fails once the code breaks; an open test file is
// edited in the editor instead of on disk; an untrusted workspace is refused.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { URI } from 'vscode-uri';
import { GenerateTestsRequest } from '../../shared/src/protocol';
import { generateFixture, runTestFile } from '../generate/workspaceVitest';
import { tempFolder } from '../helpers/gitWorkspace';
import { LspSession } from './lspSession';

const sessions: LspSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.stop()));
});

async function start(root: string, trusted = true): Promise<LspSession> {
  const session = await LspSession.start({ folders: [root], trusted, env: { VOUCH_CACHE_DIR: tempFolder() } });
  sessions.push(session);
  return session;
}

describe('generate tests from the editor', () => {
  it('writes a test file that passes on the current code and fails once it breaks', async () => {
    const workspace = generateFixture('vitest-shop');
    const source = path.join(workspace.root, 'src/pricing.ts');
    const session = await start(workspace.root);
    const uri = await session.open(source);
    const result = await session.connection.sendRequest(GenerateTestsRequest, { uri, declaration: 'bulkPrice' });
    const written = URI.parse(result.uri).fsPath;
    expect(result).toMatchObject({ framework: 'vitest', created: true });
    expect(result.added.length).toBeGreaterThan(0);
    expect(existsSync(written)).toBe(true);
    expect(readFileSync(written, 'utf8')).toContain("from './pricing'");

    const passing = runTestFile(workspace.root, written);
    expect(passing.failed, passing.output).toEqual([]);
    expect(passing.passed.length).toBe(result.added.length);

    // Break bulkPrice: the characterization examples must notice.
    writeFileSync(source, readFileSync(source, 'utf8').replace('qty >= 10', 'qty > 10'));
    const failing = runTestFile(workspace.root, written);
    expect(failing.failed.length, failing.output).toBeGreaterThan(0);
  });

  it('edits an open test file in the editor instead of writing over it', async () => {
    const workspace = generateFixture('vitest-shop');
    const session = await start(workspace.root);
    const uri = await session.open(path.join(workspace.root, 'src/pricing.ts'));
    const testFile = path.join(workspace.root, 'src/pricing.test.ts');
    const testUri = await session.open(testFile, "import { it } from 'vitest';\n\nit('a test I wrote', () => {});\n");
    const result = await session.connection.sendRequest(GenerateTestsRequest, { uri, declaration: 'bulkPrice' });
    expect(result.uri).toBe(testUri);
    expect(existsSync(testFile)).toBe(false); // nothing written on disk
    expect(session.appliedEdits).toHaveLength(1);
    const edited = session.textOf(testUri);
    expect(edited).toContain("it('a test I wrote', () => {});");
    expect(edited).toContain("describe('bulkPrice'");
  });

  it('is refused in an untrusted workspace (it would run the code)', async () => {
    const workspace = generateFixture('vitest-shop');
    const session = await start(workspace.root, false);
    const uri = await session.open(path.join(workspace.root, 'src/pricing.ts'));
    await expect(session.connection.sendRequest(GenerateTestsRequest, { uri })).rejects.toThrow(/untrusted workspace/);
    expect(existsSync(path.join(workspace.root, 'src/pricing.test.ts'))).toBe(false);
  });
});
