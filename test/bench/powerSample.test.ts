// The power benchmark (`npm run bench:power`) in its reduced form: the fixed CI sample of
// bench/power/cases.mjs (mutants the human suite kills, refactors, intended changes) through the
// whole harness — workspace copies, the bundled driver with a warm engine, judging and rendering —
// so that the benchmark cannot silently break, and so that the sample's verdicts meet the issue's
// targets. It asserts verdicts, not times.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CI_SAMPLE } from '../../bench/power/cases.mjs';
import { TARGETS } from '../../bench/power/summary.mjs';

const REPO = path.resolve(__dirname, '../..');

interface Rate {
  hits: number;
  total: number;
  percent: number | null;
}

interface PowerResults {
  selection: string;
  power: {
    mutants: { caught: Rate; killedByHumanSuite: Rate; misses: { id: string; said: string }[] };
    refactors: { falseAlarms: Rate; alarms: { id: string; notVerified: string[] }[] };
    intended: { asChanged: Rate; others: { id: string; said: string }[] };
    errors: { id: string; error: string }[];
    cases: { id: string; set: string; ms: number }[];
  };
}

describe('the power benchmark on its CI sample', () => {
  let work: string;
  let results: PowerResults;
  let markdown: string;

  beforeAll(async () => {
    // Inside the repo (bench/.work is git-ignored): the bundled driver resolves vitest and
    // fast-check from the repo's node_modules.
    mkdirSync(path.join(REPO, 'bench', '.work'), { recursive: true });
    work = mkdtempSync(path.join(REPO, 'bench', '.work', 'power-ci-'));
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
    await promisify(execFile)(process.execPath, ['bench/power/run.mjs', '--ci', '--work', work, '--out', work], { cwd: REPO, env, timeout: 170_000, maxBuffer: 16 * 2 ** 20 });
    results = JSON.parse(readFileSync(path.join(work, 'power.json'), 'utf8')) as PowerResults;
    markdown = readFileSync(path.join(work, 'POWER.md'), 'utf8');
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('runs every case of the sample, each to a verdict', () => {
    const { counts } = CI_SAMPLE;
    const bySet = (set: string) => results.power.cases.filter((c) => c.set === set).length;
    expect([bySet('mutant'), bySet('refactor'), bySet('intended')]).toEqual([counts.mutant, counts.refactor, counts.intended]);
    expect(results.power.errors).toEqual([]);
    expect(results.power.cases.every((c) => Number.isFinite(c.ms))).toBe(true);
    expect(markdown).toContain('# Vouch verification power');
    expect(markdown).toContain(`Cases: ${results.selection}`);
  });

  it('flags the mutants the human suite kills, at least the target share', () => {
    const { killedByHumanSuite, misses } = results.power.mutants;
    expect(killedByHumanSuite.total).toBe(CI_SAMPLE.counts.mutant);
    expect(killedByHumanSuite.percent, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(TARGETS.killedFlagged);
  });

  it('flags none of the refactors', () => {
    const { falseAlarms, alarms } = results.power.refactors;
    expect(falseAlarms.total).toBe(CI_SAMPLE.counts.refactor);
    expect(falseAlarms.hits, JSON.stringify(alarms, null, 1)).toBe(0);
  });

  it('reports every intended change as changed', () => {
    expect(results.power.intended.others).toEqual([]);
    expect(results.power.intended.asChanged.hits).toBe(CI_SAMPLE.counts.intended);
  });
});
