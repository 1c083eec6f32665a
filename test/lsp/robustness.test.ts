// The server under stress and bad input: an edit storm, a syntax error mid-edit, a runner killed
// mid-run, files too large or binary, and an untrusted workspace. Vouch keeps working, says what
// it could not do, and never leaves a stale squiggle.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitWorkspace, tempFolder } from '../helpers/gitWorkspace';
import { until } from '../helpers/until';
import { LspSession, positionAt } from './lspSession';

const base = 'export function label(n: number): string {\n  return `#${n}`;\n}\n';
const buggy = (extra: string) =>
  `export function pick(xs: number[], i: number): number {\n  const chosen = xs[i % xs.length];\n  return chosen.valueOf()${extra};\n}\n`;

/** The runner process the server started, if any. */
function runnerOf(serverPid: number): number | undefined {
  let listing = '';
  try {
    listing = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(serverPid)], { encoding: 'utf8' });
  } catch {
    return undefined; // ps exits 1 when the server has no children
  }
  const line = listing.split('\n').find((l) => l.includes('runner.js'));
  return line ? Number(line.trim().split(/\s+/)[0]) : undefined;
}

let session: LspSession | undefined;
afterEach(async () => {
  await session?.stop();
  session = undefined;
});

async function start(files: Record<string, string>, options: { trusted?: boolean } = {}) {
  const workspace = gitWorkspace(files);
  session = await LspSession.start({ folders: [workspace.root], trusted: options.trusted, env: { VOUCH_CACHE_DIR: tempFolder() } });
  return { workspace, session };
}


describe('robustness of the language server', () => {
  it('an edit storm (50 edits within a second) ends with one up-to-date set of diagnostics', async () => {
    const { workspace, session: s } = await start({ 'src/a.ts': base });
    const uri = await s.open(path.join(workspace.root, 'src/a.ts'));
    await s.aiAppend(uri, buggy(''));
    const started = Date.now();
    for (let i = 0; i < 50; i++) {
      const text = s.textOf(uri);
      const at = text.indexOf('valueOf()') + 'valueOf()'.length;
      // Typing inside the AI-edited function: ` + 0`, then deleting it, alternately.
      if (i % 2 === 0) await s.change(uri, [{ range: { start: positionAt(text, at), end: positionAt(text, at) }, text: ' + 0' }]);
      else await s.change(uri, [{ range: { start: positionAt(text, at), end: positionAt(text, at + 4) }, text: '' }]);
    }
    expect(Date.now() - started).toBeLessThan(1500);
    const finalVersion = s.version(uri);
    await s.settled(uri);
    const final = await s.diagnosticsWhere(uri, (ds) => ds.some((d) => d.code === 'crash'));
    expect(final.filter((d) => d.code === 'crash')).toHaveLength(1);
    // Every diagnostic published after the storm is for the final version, and none for an older
    // version arrived after a newer one.
    const published = s.diagnostics.filter((d) => d.uri === uri && d.at >= started);
    const versions = published.map((d) => d.version ?? 0);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(s.latestDiagnostics(uri)?.version).toBe(finalVersion);
  });

  it('a syntax error mid-edit crashes nothing and leaves no stale squiggle; fixing it brings verification back', async () => {
    const { workspace, session: s } = await start({ 'src/a.ts': base });
    const uri = await s.open(path.join(workspace.root, 'src/a.ts'));
    await s.aiAppend(uri, buggy(''));
    await s.diagnosticsWhere(uri, (ds) => ds.some((d) => d.code === 'crash'));
    // Break the function being fixed: an unclosed parenthesis.
    const text = s.textOf(uri);
    const at = text.indexOf('chosen.valueOf()');
    await s.change(uri, [{ range: { start: positionAt(text, at), end: positionAt(text, at + 'chosen.valueOf()'.length) }, text: '(chosen ?? 0' }]);
    const broken = await s.diagnosticsWhere(uri, () => true);
    expect(broken.filter((d) => d.code === 'crash')).toEqual([]);
    await s.waitFor('the syntax error to be logged', () => s.logs.find((l) => /syntax error/.test(l)));
    const again = s.textOf(uri);
    const end = again.indexOf('(chosen ?? 0') + '(chosen ?? 0'.length;
    await s.change(uri, [{ range: { start: positionAt(again, end), end: positionAt(again, end) }, text: ')' }]);
    await s.settled(uri);
    const fixed = await s.diagnosticsWhere(uri, () => true);
    expect(fixed.filter((d) => d.code === 'crash')).toEqual([]);
    expect(s.child.exitCode).toBeNull();
  });

  it('a runner killed in the middle of a run is reported, and the next edit is verified by a fresh runner', async () => {
    const slow = 'export function slowSum(xs: number[]): number {\n  const end = performance.now() + 4;\n  while (performance.now() < end);\n  return xs.reduce((a, b) => a + b, 0);\n}\n';
    const { workspace, session: s } = await start({ 'src/a.ts': base });
    const uri = await s.open(path.join(workspace.root, 'src/a.ts'));
    await s.aiAppend(uri, slow);
    // A run that shows progress is under way and its runner (the server's child) is up: end it.
    await s.waitFor('work-done progress of a long run', () => (s.progressTokens.length > 0 ? true : undefined));
    const runner = await until('the runner process', () => runnerOf(s.child.pid!));
    process.kill(runner, 'SIGKILL');
    const lost = await s.diagnosticsWhere(uri, (ds) => ds.some((d) => d.code === 'unverified'));
    expect(lost.find((d) => d.code === 'unverified')?.message).toMatch(/^AI edit not verified: the runner crashed: the runner process exited( while starting)? \(code none, signal SIGKILL\)$/);
    // The next edit is verified by a new runner.
    const text = s.textOf(uri);
    const at = text.indexOf('performance.now() + 4');
    await s.change(uri, [{ range: { start: positionAt(text, at + 'performance.now() + '.length), end: positionAt(text, at + 'performance.now() + 4'.length) }, text: '0' }]);
    await s.settled(uri);
    const verdicts = s.verdicts.filter((v) => v.uri === uri).at(-1)!;
    expect(verdicts.declarations.find((d) => d.qualifiedName === 'slowSum')?.state).toBe('verified');
  });

  it('skips a 5 MB file and a binary file with a log line, and keeps serving others', async () => {
    const { workspace, session: s } = await start({ 'src/a.ts': base });
    const big = path.join(workspace.root, 'src/big.ts');
    const bigText = `export const data = [\n${'  1234567890,\n'.repeat(400_000)}];\n`;
    writeFileSync(big, bigText);
    const binary = path.join(workspace.root, 'src/blob.ts');
    writeFileSync(binary, 'export const x = 1;\0\0\0binary');
    const bigUri = await s.open(big, bigText);
    const binaryUri = await s.open(binary, 'export const x = 1;\0\0\0binary');
    await s.waitFor('log lines for both files', () => {
      const bigLine = s.logs.find((l) => l.includes('big.ts') && /too large to verify \(5\.\d MB/.test(l));
      const binaryLine = s.logs.find((l) => l.includes('blob.ts') && l.includes('binary content'));
      return bigLine && binaryLine ? true : undefined;
    });
    expect(s.latestDiagnostics(bigUri)?.diagnostics ?? []).toEqual([]);
    expect(s.latestDiagnostics(binaryUri)?.diagnostics ?? []).toEqual([]);
    // The server still verifies ordinary files.
    const uri = await s.open(path.join(workspace.root, 'src/a.ts'));
    await s.aiAppend(uri, buggy(''));
    await s.diagnosticsWhere(uri, (ds) => ds.some((d) => d.code === 'crash'));
  });

  it('in an untrusted workspace nothing runs, AI edits are still marked, and the user is told why', async () => {
    const { workspace, session: s } = await start({ 'src/a.ts': base }, { trusted: false });
    const uri = await s.open(path.join(workspace.root, 'src/a.ts'));
    await s.aiAppend(uri, buggy(''));
    await s.waitFor('the untrusted message', () => s.messages.find((m) => m.includes('not trusted')));
    const marked = await s.waitFor('the AI range to be published', () => s.verdicts.filter((v) => v.uri === uri && v.aiRanges.length > 0).at(-1));
    expect(marked.declarations).toEqual([]);
    const lenses = (await s.codeLenses(uri)) ?? [];
    expect(lenses.find((l) => l.command?.title.startsWith('Vouch: verification is off'))?.range.start.line).toBe(3);
    expect(s.latestDiagnostics(uri)?.diagnostics ?? []).toEqual([]);
    expect(runnerOf(s.child.pid!)).toBeUndefined();
  });
});
