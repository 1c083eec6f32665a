// `--shard i/n` on the pull-request fixture: the shards split the declarations deterministically,
// cover each exactly once, and `vouch merge-reports` joins their JSON into the report of one run;
// a missing, repeated or foreign shard is a one-line error with exit 2.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/gitWorkspace';
import { comparable, pullRequestRepo, readJson, verdictList, vouch, writeJson } from './pullRequestRepo';
import type { PullRequestRepo } from './pullRequestRepo';

describe('sharded runs', () => {
  let repo: PullRequestRepo;
  let whole: any;
  let shards: any[];
  const dir = tempFolder('vouch-ci-shards-');
  const shardFile = (i: number) => path.join(dir, `shard-${i}.json`);

  beforeAll(() => {
    repo = pullRequestRepo();
    const one = vouch(['verify', '--base', 'main', '--format', 'json'], repo.root);
    expect(one.stderr).toBe('');
    whole = JSON.parse(one.stdout);
    shards = [1, 2].map((i) => {
      const run = vouch(['verify', '--base', 'main', '--format', 'json', '--shard', `${i}/2`], repo.root);
      writeJson(shardFile(i), JSON.parse(run.stdout));
      return { code: run.code, report: JSON.parse(run.stdout) };
    });
  });
  afterAll(() => repo.remove());

  it('each declaration is verified by exactly one shard, and the shards are balanced', () => {
    const all = verdictList(whole);
    expect(all).toHaveLength(4);
    const parts = shards.map((s) => verdictList(s.report));
    expect([...parts[0], ...parts[1]].sort()).toEqual(all);
    expect(parts[0].filter((d) => parts[1].includes(d))).toEqual([]);
    expect(parts.map((p) => p.length)).toEqual([2, 2]);
    expect(shards.map((s) => s.report.shard)).toEqual([
      { index: 1, count: 2, total: 4 },
      { index: 2, count: 2, total: 4 },
    ]);
  });

  it('the split is deterministic: a shard run again verifies the same declarations', () => {
    const again = vouch(['verify', '--base', 'main', '--format', 'json', '--shard', '2/2'], repo.root);
    expect(verdictList(JSON.parse(again.stdout))).toEqual(verdictList(shards[1].report));
  });

  it('merge-reports joins the shards into the report of one run, in any format', () => {
    const out = path.join(dir, 'merged');
    const merged = vouch(['merge-reports', shardFile(2), shardFile(1), '--format', 'json,sarif,markdown', '--output-dir', out], repo.root);
    expect(merged.code).toBe(whole.exitCode);
    const report = readJson(path.join(out, 'vouch.json'));
    expect(report.shard).toBeUndefined();
    expect(comparable(report)).toEqual(comparable(whole));
    expect(readJson(path.join(out, 'vouch.sarif')).runs[0].results).toHaveLength(3);
    expect(readFileSync(path.join(out, 'vouch.md'), 'utf8')).toContain('### Vouch: 1 failed · 1 changed · 1 unverifiable · 1 verified');
  });

  it('merge-reports applies the fail-on policy to the merged verdicts', () => {
    expect(vouch(['merge-reports', shardFile(1), shardFile(2), '--fail-on', 'none'], repo.root).code).toBe(0);
    expect(vouch(['merge-reports', shardFile(1), shardFile(2), '--fail-on', 'unverified'], repo.root).code).toBe(1);
    const onlyVerified = { ...whole, verdicts: whole.verdicts.filter((v: any) => v.state === 'verified') };
    writeJson(path.join(dir, 'clean.json'), onlyVerified);
    const clean = vouch(['merge-reports', path.join(dir, 'clean.json'), '--format', 'text'], repo.root);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('Summary: 1 verified');
  });

  it('a missing, repeated or foreign shard is a one-line error and exit 2', () => {
    const expectError = (args: string[], message: RegExp) => {
      const result = vouch(['merge-reports', ...args], repo.root);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    };
    expectError([shardFile(1)], /^vouch: error: shard 2\/2 missing: give every shard's JSON report/);
    expectError([shardFile(1), shardFile(1)], /shard 1\/2 is given twice/);
    writeJson(path.join(dir, 'whole.json'), whole);
    expectError([shardFile(1), shardFile(2), path.join(dir, 'whole.json')], /cannot merge sharded and whole reports/);
    expectError([path.join(dir, 'whole.json'), path.join(dir, 'whole.json')], /is in both .*whole\.json and .*whole\.json/);
    writeJson(path.join(dir, 'other-base.json'), { ...shards[1].report, baseCommit: repo.mainHead });
    expectError([shardFile(1), path.join(dir, 'other-base.json')], /compares with [0-9a-f]{40}, but .* with [0-9a-f]{40}/);
    writeJson(path.join(dir, 'not-vouch.json'), { runs: [] });
    expectError([path.join(dir, 'not-vouch.json')], /is not a Vouch JSON report/);
    expectError([path.join(dir, 'nope.json')], /no such report/);
    const badShard = vouch(['verify', '--shard', '3/2'], repo.root);
    expect(badShard.code).toBe(2);
    expect(badShard.stderr).toBe('vouch: error: --shard must be i/n with 1 ≤ i ≤ n ≤ 256, like 2/4 (got "3/2")\n');
  });
});
