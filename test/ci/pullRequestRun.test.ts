// `vouch verify --base main` on a pull request's branch, every format at once, each parsed back:
// the merge base decides what is verified, the JSON and SARIF validate against their schemas
// (SARIF against the official 2.1.0 schema), the JUnit XML parses, the markdown is a comment.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/gitWorkspace';
import type { CliResult } from '../helpers/runCli';
import { pullRequestRepo, readJson, verdictList, vouch } from './pullRequestRepo';
import type { PullRequestRepo } from './pullRequestRepo';

const schemas = path.resolve(__dirname, '../../schemas');
const validator = (file: string) => addFormats(new Ajv2020({ allErrors: true, strict: false })).compile(JSON.parse(readFileSync(path.join(schemas, file), 'utf8')));

describe('vouch verify on a pull request branch', () => {
  let repo: PullRequestRepo;
  let run: CliResult;
  let out: string;
  let cache: string;
  const file = (name: string) => readFileSync(path.join(out, name), 'utf8');

  beforeAll(() => {
    repo = pullRequestRepo();
    out = path.join(tempFolder('vouch-ci-out-'), 'reports');
    cache = tempFolder('vouch-ci-cache-');
    run = vouch(['verify', '--base', 'main', '--format', 'text,json,sarif,junit,markdown', '--output-dir', out], repo.root, cache);
  });
  afterAll(() => repo.remove());

  it('verifies what the pull request changes: the merge base of main and HEAD, minus excluded files', () => {
    expect(run.stderr).toBe(`vouch: wrote ${['vouch.json', 'vouch.sarif', 'vouch-junit.xml', 'vouch.md'].map((f) => path.relative(repo.root, path.join(out, f))).join(', ')}\n`);
    expect(run.code).toBe(1);
    const report = readJson(path.join(out, 'vouch.json'));
    expect(verdictList(report)).toEqual(['src/pricing.ts#discount: changed', 'src/remote.ts#ping: unverifiable', 'src/text.ts#initials: failed', 'src/text.ts#shout: verified']);
    expect(report).toMatchObject({ base: 'main', baseMode: 'merge-base', baseCommit: repo.mergeBase, exitCode: 1 });
    expect(report.verdicts.find((v: any) => v.declaration.qualifiedName === 'discount').baseline).toEqual({ kind: 'git', ref: 'main', commit: repo.mergeBase });
    expect(run.stdout).toContain(`against the merge base of main and HEAD (${repo.mergeBase.slice(0, 10)})`);
    expect(run.stdout).toMatch(/replay: vouch verify src\/text\.ts --only initials --seed \d+ --base main\n/);
  });

  it('--base-mode ref compares with main itself: its later change shows up as a difference', () => {
    const refOut = tempFolder('vouch-ci-ref-');
    const ref = vouch(['verify', '--base', 'main', '--base-mode', 'ref', '--format', 'json,sarif', '--output-dir', refOut, 'src/shipping.ts', 'src/text.ts'], repo.root, cache);
    expect(ref.code).toBe(1);
    const report = readJson(path.join(refOut, 'vouch.json'));
    expect(report).toMatchObject({ baseMode: 'ref', baseCommit: repo.mainHead });
    expect(verdictList(report)).toEqual(['src/shipping.ts#shippingCost: changed', 'src/text.ts#initials: failed', 'src/text.ts#shout: verified']);
    // The same finding in another run, against another base: the same SARIF fingerprint.
    const fingerprint = (sarifFile: string) => readJson(sarifFile).runs[0].results.find((r: any) => r.ruleId === 'crash').partialFingerprints['vouchFinding/v1'];
    expect(fingerprint(path.join(refOut, 'vouch.sarif'))).toBe(fingerprint(path.join(out, 'vouch.sarif')));
  });

  it('the JSON report validates against schemas/vouch-report.schema.json', () => {
    const validate = validator('vouch-report.schema.json');
    validate(readJson(path.join(out, 'vouch.json')));
    expect(validate.errors ?? []).toEqual([]);
  });

  it('the SARIF validates against the official SARIF 2.1.0 schema and carries each finding', () => {
    const sarif = readJson(path.join(out, 'vouch.sarif'));
    const validate = validator('sarif/sarif-2.1.0.json');
    validate(sarif);
    expect(validate.errors ?? []).toEqual([]);

    const [sarifRun] = sarif.runs;
    expect(sarifRun.tool.driver.rules.map((r: any) => r.id)).toEqual(['crash', 'contract', 'hang', 'behavior-change', 'doctest', 'related-test', 'slowdown', 'unverifiable']);
    for (const rule of sarifRun.tool.driver.rules) expect(rule.help.text.length).toBeGreaterThan(40);
    const report = readJson(path.join(out, 'vouch.json'));
    const byRule = Object.fromEntries(sarifRun.results.map((r: any) => [r.ruleId, r]));
    expect(Object.keys(byRule).sort()).toEqual(['behavior-change', 'crash', 'unverifiable']);
    expect(byRule.crash.level).toBe('error');
    expect(byRule['behavior-change'].level).toBe('warning');
    expect(byRule.unverifiable.level).toBe('note');
    const crash = report.verdicts.find((v: any) => v.declaration.qualifiedName === 'initials').checks.find((c: any) => c.kind === 'crash').finding;
    expect(byRule.crash.message.text).toContain(crash.input);
    expect(byRule.crash.message.text).toContain(`Replay: ${crash.replay}`);
    expect(byRule.crash.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'src/text.ts', uriBaseId: '%SRCROOT%' });
    expect(byRule.crash.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(2);
    expect(byRule['behavior-change'].properties).toMatchObject({ input: expect.any(String), old: expect.any(String), new: expect.any(String), seed: expect.any(Number) });
    const fingerprints = sarifRun.results.map((r: any) => r.partialFingerprints['vouchFinding/v1']);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('the JUnit XML parses: one test case per check, failures with the counterexample', () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(file('vouch-junit.xml'));
    const suites = xml.testsuites.testsuite;
    expect(suites.map((s: any) => s.name).sort()).toEqual(['src/pricing.ts', 'src/remote.ts', 'src/text.ts']);
    const cases = suites.flatMap((s: any) => s.testcase);
    const report = readJson(path.join(out, 'vouch.json'));
    const checks = report.verdicts.reduce((sum: number, v: any) => sum + Math.max(1, v.checks.length), 0);
    expect(cases).toHaveLength(checks);
    expect(Number(xml.testsuites.tests)).toBe(checks);
    const failures = cases.filter((c: any) => c.failure);
    expect(failures.map((c: any) => c.failure.type).sort()).toEqual(['behavior-change', 'crash']);
    expect(Number(xml.testsuites.failures)).toBe(2);
    const crash = failures.find((c: any) => c.failure.type === 'crash');
    expect(crash.name).toBe('initials › crash');
    expect(crash.failure['#text']).toMatch(/input: initials\(.*\)\n/);
    expect(crash.failure['#text']).toMatch(/replay: vouch verify src\/text\.ts --only initials --seed \d+ --base main/);
    expect(cases.some((c: any) => c.skipped)).toBe(true);
  });

  it('the markdown is a pull-request comment: marker, summary table, one section per finding with its replay', () => {
    const markdown = file('vouch.md');
    expect(markdown.startsWith('<!-- vouch-report -->\n### Vouch: 1 failed · 1 changed · 1 unverifiable · 1 verified')).toBe(true);
    expect(markdown).toContain(`against the merge base of \`main\` and HEAD (\`${repo.mergeBase.slice(0, 10)}\`)`);
    expect(markdown.match(/^\| (❌|🔶|❔|✅) \| <code>/gm)).toHaveLength(4);
    expect(markdown.match(/<details>/g)).toHaveLength(3);
    expect(markdown).toMatch(/\*\*Old → new\*\*\n\n```\n.+\n→ .+\n```/);
    expect(markdown).toMatch(/```sh\nnpx vouch verify src\/pricing\.ts --only discount --seed \d+ --base main\n```/);
  });

  it('the replay command from the report reproduces the counterexample', () => {
    const report = readJson(path.join(out, 'vouch.json'));
    const finding = report.verdicts.find((v: any) => v.declaration.qualifiedName === 'initials').checks.find((c: any) => c.kind === 'crash').finding;
    const [, ...args] = finding.replay.split(' ');
    const replay = vouch([...args, '--format', 'json', '--no-cache'], repo.root);
    const again = JSON.parse(replay.stdout).verdicts[0].checks.find((c: any) => c.kind === 'crash').finding;
    expect(again.input).toBe(finding.input);
    expect(again.seed).toBe(finding.seed);
  });
});
