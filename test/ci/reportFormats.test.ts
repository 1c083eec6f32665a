// The CI formats made from hand-built reports: every check kind, awkward text (markup, pipes,
// backticks, characters XML forbids, spaces in paths), fingerprints that survive moved code, the
// comment's size limit and the fail-on policy. Fast: nothing runs.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { CheckKind, Finding, Verdict, VerdictState } from '../../server/src/core/model';
import { exitCodeFor, parseFailOn } from '../../server/src/core/report/exitPolicy';
import { toJsonReport } from '../../server/src/core/report/jsonReport';
import type { JsonReport } from '../../server/src/core/report/jsonReport';
import { toJunit } from '../../server/src/core/report/junitReport';
import { toMarkdown } from '../../server/src/core/report/markdownReport';
import { toSarif } from '../../server/src/core/report/sarifReport';

const sarifSchema = JSON.parse(readFileSync(path.resolve(__dirname, '../../schemas/sarif/sarif-2.1.0.json'), 'utf8'));
const validateSarif = addFormats(new Ajv2020({ allErrors: true, strict: false })).compile(sarifSchema);
const root = '/work/shop';
const NASTY = 'f("</details> | `x` ``` <script>&\u0001")';

function verdict(name: string, state: VerdictState, kind?: CheckKind, finding: Partial<Finding> = {}, file = 'src/a b.ts', line = 3): Verdict {
  return {
    declaration: { file: `${root}/${file}`, relativePath: file, qualifiedName: name, kind: 'function', span: { startLine: line, startColumn: 1, endLine: line + 2, endColumn: 2 }, exported: true },
    change: 'changed',
    state,
    reason: state === 'unverifiable' ? 'needs network' : undefined,
    inputs: 200,
    notes: [],
    baseline: { kind: 'git', ref: 'main', commit: 'c0ffee' },
    seed: 42,
    durationMs: 12,
    contentHash: 'h',
    checks: kind
      ? [
          { kind: 'crash', status: kind === 'crash' ? 'failed' : 'passed', inputs: 200, durationMs: 5, ...(kind === 'crash' ? { finding: { kind, message: 'throws TypeError: x', input: NASTY, seed: 42, path: '0', failingInputs: 3, totalInputs: 200, ...finding } } : {}) },
          ...(kind !== 'crash' ? [{ kind, status: 'failed' as const, inputs: 200, durationMs: 5, finding: { kind, message: `${kind} found`, input: NASTY, old: '1', new: '2', expected: 'number', actual: 'undefined', seed: 42, ...finding } }] : []),
          { kind: 'doctest', status: 'skipped', inputs: 0, durationMs: 0, reason: 'no @example' },
        ]
      : [],
  };
}

function report(verdicts: Verdict[]): JsonReport {
  return toJsonReport({ root, base: 'main', baseMode: 'merge-base', baseCommit: 'c0ffee'.padEnd(40, '0'), verdicts, skipped: [], notes: [], durationMs: 1000 } as never, '0.1.0');
}

const everyKind = report([
  verdict('crashes', 'failed', 'crash'),
  verdict('breaksContract', 'failed', 'contract'),
  verdict('hangs', 'failed', 'hang'),
  verdict('changes', 'changed', 'behavior-change'),
  verdict('example', 'failed', 'doctest'),
  verdict('testFails', 'failed', 'related-test', { test: { file: `${root}/src/a.test.ts`, name: 'adds > twice' } }),
  verdict('slower', 'failed', 'slowdown'),
  verdict('remote', 'unverifiable'),
  verdict('fine', 'verified', 'behavior-change', {}, 'src/ok.ts'),
].map((v) => (v.declaration.qualifiedName === 'fine' ? { ...v, checks: v.checks.map((c) => ({ ...c, status: 'passed' as const, finding: undefined })) } : v)));

describe('SARIF', () => {
  it('validates for every check kind, with the path percent-encoded and the message holding the input', () => {
    const sarif = toSarif(everyKind, { 'related-test': 'warning' });
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    const results = sarif.runs[0].results!;
    expect(results.map((r) => r.ruleId)).toEqual(['crash', 'contract', 'hang', 'behavior-change', 'doctest', 'related-test', 'slowdown', 'unverifiable']);
    expect(results[0].locations![0].physicalLocation!.artifactLocation!.uri).toBe('src/a%20b.ts');
    expect(results[0].message.text).toContain(NASTY);
    expect(results.find((r) => r.ruleId === 'related-test')!.level).toBe('warning');
  });

  it('the schema check is real: a log without a version or with a bad level fails', () => {
    const sarif = toSarif(everyKind) as any;
    expect(validateSarif({ ...sarif, version: undefined })).toBe(false);
    sarif.runs[0].results[0].level = 'fatal';
    expect(validateSarif(sarif)).toBe(false);
  });

  it('the fingerprint ignores the line, the input and the seed, and tells kinds and declarations apart', () => {
    const fingerprint = (v: Verdict) => toSarif(report([v])).runs[0].results![0].partialFingerprints!['vouchFinding/v1'];
    const first = fingerprint(verdict('f', 'failed', 'crash'));
    expect(fingerprint(verdict('f', 'failed', 'crash', { input: 'f(0)', seed: 7 }, 'src/a b.ts', 40))).toBe(first);
    expect(fingerprint(verdict('f', 'failed', 'contract'))).not.toBe(first);
    expect(fingerprint(verdict('g', 'failed', 'crash'))).not.toBe(first);
  });
});

describe('JUnit XML', () => {
  it('parses, escapes markup and drops characters XML forbids', () => {
    const xml = toJunit(everyKind);
    expect(xml).not.toContain('\u0001');
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml);
    const cases = parsed.testsuites.testsuite.flatMap((s: any) => s.testcase);
    // crashes: two checks; six other kinds: three each; the unverifiable one: one; fine: three.
    expect(cases).toHaveLength(2 + 6 * 3 + 1 + 3);
    const crash = cases.find((c: any) => c.name === 'crashes › crash');
    expect(crash.failure['#text']).toContain('input: f("</details> | `x` ``` <script>&")');
    expect(crash.file).toBe('src/a b.ts');
    expect(cases.find((c: any) => c.name === 'remote').skipped.message).toBe('unverifiable: needs network');
    expect(Number(parsed.testsuites.failures)).toBe(7);
  });
});

describe('markdown', () => {
  it('keeps the table and the sections intact around markup, pipes and backticks', () => {
    const markdown = toMarkdown(everyKind);
    const rows = markdown.match(/^\| .+ \|$/gm)!;
    expect(rows).toHaveLength(1 + 9);
    for (const row of rows) expect(row.split('|')).toHaveLength(7);
    // Markup inside inputs stays inside code fences: only Vouch's own tags start a line.
    expect(markdown.match(/^<details>$/gm)).toHaveLength(8);
    expect(markdown.match(/^<\/details>$/gm)).toHaveLength(8);
    expect(markdown).toContain('````ts\nf("</details> | `x` ``` <script>&\u0001")\n````');
    expect(markdown).not.toContain('<script>&\u0001")</summary>');
  });

  it('stays under GitHub\'s comment limit and says how many findings it left out', () => {
    const many = report(Array.from({ length: 400 }, (_, i) => verdict(`f${i}`, 'failed', 'crash', { message: 'x'.repeat(300) })));
    const markdown = toMarkdown(many);
    expect(markdown.length).toBeLessThan(65_536);
    expect(markdown).toMatch(/… \d+ more findings not shown here/);
  });
});

describe('the fail-on policy', () => {
  const states = (...s: VerdictState[]) => s.map((state) => ({ state }));
  it('fails on failed and changed by default, and on what --fail-on names', () => {
    expect(exitCodeFor(states('verified', 'changed'))).toBe(1);
    expect(exitCodeFor(states('verified', 'unverifiable'))).toBe(0);
    expect(exitCodeFor(states('unverifiable'), parseFailOn(['unverified']))).toBe(1);
    expect(exitCodeFor(states('failed'), parseFailOn(['none']))).toBe(0);
    expect(exitCodeFor(states('changed'), parseFailOn(['failed']))).toBe(0);
    expect(parseFailOn(['failed,changed', 'unverified'])).toEqual(['failed', 'changed', 'unverified']);
    expect(() => parseFailOn(['nope'])).toThrow(/--fail-on takes/);
  });
});
