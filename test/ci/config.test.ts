// The shared configuration: vouch.config.json or package.json "vouch", checked before any work;
// an unknown key or a bad value is one line on stderr and exit 2; flags override the file; the
// JSON Schema shipped for editors describes the same keys.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, sandboxAllowancesOf } from '../../server/src/core/config/loadConfig';
import { CONFIG_KEYS, parseConfig } from '../../server/src/core/config/vouchConfig';
import { gitWorkspace } from '../helpers/gitWorkspace';
import type { GitWorkspace } from '../helpers/gitWorkspace';
import { vouch } from './pullRequestRepo';

const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../schemas/vouch-config.schema.json'), 'utf8'));
const source = { 'src/a.ts': 'export function inc(n: number): number {\n  return n + 1;\n}\n' };

describe('vouch.config.json', () => {
  const repos: GitWorkspace[] = [];
  afterAll(() => repos.forEach((r) => r.remove()));
  const repo = (files: Record<string, string>) => {
    const r = gitWorkspace({ ...source, ...files });
    repos.push(r);
    return r;
  };

  it('bad configurations: one line naming the file, the key and what it must be, exit 2', () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ 'vouch.config.json': '{ "runz": 5 }' }, 'vouch: error: vouch.config.json: unknown key "runz" (did you mean "runs"?)'],
      [{ 'vouch.config.json': '{ "runs": "many" }' }, 'vouch: error: vouch.config.json: "runs" must be a whole number from 1 to 10000 (got "many")'],
      [{ 'vouch.config.json': '{ "timeoutMs": 10 }' }, 'vouch: error: vouch.config.json: "timeoutMs" must be a whole number from 50 to 600000 (got 10)'],
      [{ 'vouch.config.json': '{ "severity": { "crash": "fatal" } }' }, 'vouch: error: vouch.config.json: "severity.crash" must be one of error, warning, note, none (got "fatal")'],
      [{ 'vouch.config.json': '{ "severity": { "crashes": "error" } }' }, 'vouch: error: vouch.config.json: unknown key "crashes" in "severity" (did you mean "crash"?)'],
      [{ 'vouch.config.json': '{ "failOn": ["failed", "broken"] }' }, 'vouch: error: vouch.config.json: "failOn[1]" must be one of failed, changed, unverified (got "broken")'],
      [{ 'vouch.config.json': '{ "sandbox": { "allowHosts": ["http://db:5432"] } }' }, 'vouch: error: vouch.config.json: "sandbox.allowHosts[0]" must be a host or host:port (got "http://db:5432")'],
      [{ 'vouch.config.json': '{ "exclude": "src/legacy" }' }, 'vouch: error: vouch.config.json: "exclude" must be a list of non-empty strings (got "src/legacy")'],
      [{ 'vouch.config.json': '{ "runs": 5, }' }, 'vouch: error: vouch.config.json is not valid JSON'],
      [{ 'vouch.config.json': '[]' }, 'vouch: error: vouch.config.json: must be an object with keys among'],
      [{ 'package.json': '{ "name": "x", "vouch": { "relatedTests": "yes" } }' }, 'vouch: error: package.json "vouch": "relatedTests" must be true or false (got "yes")'],
      [{ 'package.json': '{ "vouch": {} }', 'vouch.config.json': '{}' }, 'vouch: error: both vouch.config.json and a "vouch" key in package.json configure Vouch: keep one'],
    ];
    for (const [files, message] of cases) {
      const w = repo(files);
      const result = vouch(['verify'], w.root);
      expect(result.code, message).toBe(2);
      expect(result.stderr.split('\n').filter(Boolean), message).toHaveLength(1);
      expect(result.stderr.startsWith(message), `${result.stderr} should start with ${message}`).toBe(true);
    }
  });

  it('a JSON syntax error names its line and column', () => {
    const w = repo({ 'vouch.config.json': '{\n  "runs": 5,\n}\n' });
    expect(() => loadConfig(w.root)).toThrow(/^vouch\.config\.json is not valid JSON: .* at line 3, column 1$/);
  });

  it('--config names another file; --no-config ignores a broken one; a missing one is an error', () => {
    const w = repo({ 'ci/vouch.json': '{ "runs": 0 }', 'vouch.config.json': '{ "nope": 1 }' });
    const named = vouch(['verify', '--config', 'ci/vouch.json'], w.root);
    expect(named.stderr).toBe('vouch: error: ci/vouch.json: "runs" must be a whole number from 1 to 10000 (got 0)\n');
    expect(vouch(['verify', '--no-config'], w.root).code).toBe(0);
    expect(vouch(['verify', '--config', 'missing.json'], w.root).stderr).toBe('vouch: error: no such configuration file: missing.json\n');
  });

  it('bad flags are one-line errors too, before any work', () => {
    const w = repo({});
    expect(vouch(['verify', '--fail-on', 'broken'], w.root).stderr).toBe('vouch: error: --fail-on takes failed, changed, unverified (comma-separated) or none (got "broken")\n');
    expect(vouch(['verify', '--format', 'text,pdf'], w.root).stderr).toBe('vouch: error: --format takes text, json, sarif, junit, markdown (comma-separated; got "pdf")\n');
    expect(vouch(['verify', '--format', 'json,sarif'], w.root).stderr).toMatch(/^vouch: error: json, sarif: several formats need --output-dir/);
    expect(vouch(['verify', '--base-mode', 'ref'], w.root).stderr).toBe('vouch: error: --base-mode needs --base <ref>\n');
  });

  it('the file gives the defaults, flags override it, include/exclude and the budget reach the run', () => {
    const w = repo({
      'src/b.ts': 'export function dec(n: number): number {\n  return n - 1;\n}\n',
      'src/gen/c.ts': 'export function same(n: number): number {\n  return n;\n}\n',
      'vouch.config.json': JSON.stringify({ runs: 7, exclude: ['src/gen/**'], failOn: ['failed'], relatedTests: false }),
    });
    w.edit({
      'src/a.ts': 'export function inc(n: number): number {\n  return n + 2;\n}\n',
      'src/b.ts': 'export function dec(n: number): number {\n  return n - 1 + 0;\n}\n',
      'src/gen/c.ts': 'export function same(n: number): number {\n  return n + 0;\n}\n',
    });
    const byConfig = vouch(['verify', '--format', 'json'], w.root);
    const report = JSON.parse(byConfig.stdout);
    expect(report.verdicts.map((v: any) => v.declaration.qualifiedName).sort()).toEqual(['dec', 'inc']);
    expect(Math.max(...report.verdicts.map((v: any) => v.inputs))).toBeLessThanOrEqual(7);
    expect(byConfig.code).toBe(0); // failOn: failed only, and `inc` changed
    const byFlags = vouch(['verify', '--format', 'json', '--runs', '9', '--fail-on', 'changed', 'src/**/a.ts'], w.root);
    const flagged = JSON.parse(byFlags.stdout);
    expect(flagged.verdicts.map((v: any) => v.declaration.qualifiedName)).toEqual(['inc']);
    expect(byFlags.code).toBe(1);
    const replay = flagged.verdicts[0].checks.find((c: any) => c.finding).finding.replay;
    expect(replay).toMatch(/^vouch verify src\/a\.ts --only inc --seed \d+ --runs 9$/);
  });

  it('package.json "vouch" works like the file, and sandbox folders are made absolute', () => {
    const w = repo({ 'package.json': JSON.stringify({ name: 'x', vouch: { runs: 3, sandbox: { allowHosts: ['127.0.0.1:5432'], allowWrite: ['tmp/out'] } } }) });
    const { config, source: from } = loadConfig(w.root);
    expect(from).toBe('package.json "vouch"');
    expect(sandboxAllowancesOf(config, w.root)).toEqual({ allowHosts: ['127.0.0.1:5432'], allowWrite: [path.join(w.root, 'tmp/out')] });
  });

  it('schemas/vouch-config.schema.json describes exactly the keys the CLI accepts', () => {
    expect(Object.keys(schema.properties).filter((k) => k !== '$schema').sort()).toEqual([...CONFIG_KEYS].sort());
    expect(Object.keys(schema.properties.severity.properties).sort()).toEqual(['behavior-change', 'contract', 'crash', 'doctest', 'hang', 'related-test', 'slowdown', 'unverified']);
    expect(parseConfig({ $schema: './x.json', severity: { unverified: 'none' } }, 'x')).toEqual({ severity: { unverified: 'none' } });
  });
});
