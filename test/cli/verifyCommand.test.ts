// `vouch verify` end to end on workspaces made into git repositories at test time: the report a
// person reads, the JSON a machine reads, and the exit codes 0 / 1 / 2.
import { afterAll, describe, expect, it } from 'vitest';
import { gitWorkspace, tempFolder } from '../helpers/gitWorkspace';
import { runVouch } from '../helpers/runCli';

const cache = tempFolder('vouch-cli-cache-');
const env = { VOUCH_CACHE_DIR: cache };
const vouch = (args: string[], cwd: string) => runVouch(args, cwd, env);

const base = {
  'src/price.ts': 'export function net(gross: number, rate: number): number {\n  return gross / (1 + rate);\n}\n',
  'src/greet.ts': 'export function greet(name: string): string {\n  return `Hello, ${name}!`;\n}\n',
};

describe('vouch verify', () => {
  const workspaces: { remove(): void }[] = [];
  afterAll(() => workspaces.forEach((w) => w.remove()));
  const workspace = (files: Record<string, string> = base) => {
    const w = gitWorkspace(files);
    workspaces.push(w);
    return w;
  };

  it('a clean refactor: exit 0 and the declaration reported verified', () => {
    const w = workspace();
    w.edit({ 'src/greet.ts': "export function greet(name: string): string {\n  return 'Hello, ' + name + '!';\n}\n" });
    const result = vouch(['verify'], w.root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✓ greet\s+verified\s+\d+ inputs/);
    expect(result.stdout).toContain('Summary: 1 verified');
  });

  it('a behaviour change: exit 1, the input and old → new on one line, and a replay command', () => {
    const w = workspace();
    w.edit({ 'src/price.ts': 'export function net(gross: number, rate: number): number {\n  return gross * (1 - rate);\n}\n' });
    const result = vouch(['verify'], w.root);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/~ net\s+changed\s+behavior-change on \d+ of \d+ inputs/);
    expect(result.stdout).toMatch(/net\(.+\): .+ → .+/);
    expect(result.stdout).toMatch(/replay: vouch verify src\/price\.ts --only net --seed \d+/);
  });

  it('the replay command reproduces the same counterexample', () => {
    const w = workspace();
    w.edit({ 'src/price.ts': 'export function net(gross: number, rate: number): number {\n  return rate === 0 ? gross : gross * (1 - rate);\n}\n' });
    const first = vouch(['verify', '--format', 'json', '--no-cache'], w.root);
    const finding = JSON.parse(first.stdout).verdicts[0].checks.find((c: { status: string }) => c.status === 'failed').finding;
    const replay = vouch(['verify', 'src/price.ts', '--only', 'net', '--seed', String(finding.seed), '--format', 'json', '--no-cache'], w.root);
    const again = JSON.parse(replay.stdout).verdicts[0].checks.find((c: { status: string }) => c.status === 'failed').finding;
    expect(again.input).toBe(finding.input);
    expect(again.old).toBe(finding.old);
  });

  it('--format json follows the documented shape', () => {
    const w = workspace();
    w.edit({ 'src/greet.ts': "export function greet(name: string): string {\n  return `Hi, ${name}!`;\n}\n" });
    const result = vouch(['verify', '--format', 'json'], w.root);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.tool.name).toBe('vouch');
    expect(report.base).toBe('HEAD');
    expect(report.summary).toMatchObject({ changed: 1, total: 1 });
    expect(report.exitCode).toBe(1);
    expect(report.verdicts[0].declaration).toMatchObject({ relativePath: 'src/greet.ts', qualifiedName: 'greet', kind: 'function' });
  });

  it('a syntax error in the edited file: reported as not verified, no crash, exit 0', () => {
    const w = workspace();
    w.edit({ 'src/greet.ts': 'export function greet(name: string): string {\n  return `Hello, ${name}!`\n' });
    const result = vouch(['verify'], w.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/src\/greet\.ts: not verified: syntax error at line \d+: '}' expected/);
  });

  it('an untracked new file: checked without a baseline, and the report says so', () => {
    const w = workspace();
    w.edit({ 'src/extra.ts': 'export function twice(n: number): number {\n  return n * 2;\n}\n' });
    const result = vouch(['verify'], w.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✓ twice\s+verified/);
    expect(result.stdout).toContain('note: no baseline: the file is not tracked by git, so behaviour is not compared');
  });

  it('outside git: every declaration checked as new, with the limitation stated', () => {
    const folder = tempFolder();
    const w = gitWorkspace({ 'src/a.ts': 'export function inc(n: number): number {\n  return n + 1;\n}\n' }, { git: false });
    workspaces.push(w);
    const result = vouch(['verify'], w.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('note: not a git repository: there is no baseline, so behaviour is not compared');
    expect(result.stdout).toMatch(/✓ inc\s+verified/);
    expect(folder).toBeTruthy();
  });

  it('usage and environment errors: one line on stderr and exit 2', () => {
    const w = workspace();
    const badRef = vouch(['verify', '--base', 'no-such-branch'], w.root);
    expect(badRef.code).toBe(2);
    expect(badRef.stderr.trim()).toMatch(/^vouch: error: unknown git ref 'no-such-branch' \(.+\)$/);

    const notGit = gitWorkspace(base, { git: false });
    workspaces.push(notGit);
    const noGit = vouch(['verify', '--base', 'main'], notGit.root);
    expect(noGit.code).toBe(2);
    expect(noGit.stderr.trim().split('\n')).toHaveLength(1);
    expect(noGit.stderr).toContain('is not inside a git repository');

    const noTs = gitWorkspace({ 'README.md': '# hi\n' });
    workspaces.push(noTs);
    const empty = vouch(['verify', '.'], noTs.root);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^vouch: error: no TypeScript files under \./);

    const brokenConfig = gitWorkspace({ ...base, 'tsconfig.json': '{ "compilerOptions": { "strict": true, }' });
    workspaces.push(brokenConfig);
    brokenConfig.edit({ 'src/greet.ts': "export function greet(name: string): string {\n  return 'Hi ' + name;\n}\n" });
    const badConfig = vouch(['verify'], brokenConfig.root);
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toMatch(/^vouch: error: tsconfig\.json could not be read/);

    const badRuns = vouch(['verify', '--runs', 'many'], w.root);
    expect(badRuns.code).toBe(2);
    expect(badRuns.stderr).toContain('--runs must be a positive whole number');

    const badLimit = vouch(['verify', '--affected-limit', '-1'], w.root);
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toContain('--affected-limit must be a whole number from 0 to 1000');

    const missing = vouch(['verify', 'src/nope.ts'], w.root);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('vouch: error: no such file or folder: src/nope.ts');
  });

  it('--affected-limit bounds the callers checked, and the note says how to raise it', () => {
    const w = workspace({ ...base, 'src/total.ts': "import { net } from './price';\nexport function total(gross: number): number {\n  return net(gross, 0.2) * 2;\n}\n" });
    w.edit({ 'src/price.ts': 'export function net(gross: number, rate: number): number {\n  const factor = 1 + rate;\n  return gross / factor;\n}\n' });
    const all = JSON.parse(vouch(['verify', '--format', 'json', '--no-related-tests'], w.root).stdout);
    expect(all.verdicts.map((v: { declaration: { qualifiedName: string } }) => v.declaration.qualifiedName).sort()).toEqual(['net', 'total']);
    const none = JSON.parse(vouch(['verify', '--format', 'json', '--no-related-tests', '--affected-limit', '0'], w.root).stdout);
    expect(none.verdicts.map((v: { declaration: { qualifiedName: string } }) => v.declaration.qualifiedName)).toEqual(['net']);
    expect(none.notes.join('\n')).toContain('raise it with --affected-limit');
  });

  it('--help and --version', () => {
    const w = workspace();
    const help = vouch(['--help'], w.root);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('verify [options] [paths...]');
    const verifyHelp = vouch(['verify', '--help'], w.root);
    expect(verifyHelp.stdout).toContain('--timeout-ms <n>');
    const version = vouch(['--version'], w.root);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
