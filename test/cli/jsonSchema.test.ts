// The JSON report validates against the schema shipped in schemas/, for every verdict state.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { gitWorkspace, tempFolder } from '../helpers/gitWorkspace';
import { runVouch } from '../helpers/runCli';

const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../schemas/vouch-report.schema.json'), 'utf8'));

describe('the JSON report', () => {
  it('validates against schemas/vouch-report.schema.json with verified, failed, changed and unverifiable verdicts', () => {
    const w = gitWorkspace({
      'src/a.ts': [
        'export function same(n: number): number { return n + 1; }',
        'export function broken(xs: string[]): string { return xs.join(","); }',
        'export function moved(n: number): number { return n * 2; }',
        'export function remote(url: string): Promise<number> { return Promise.resolve(url.length); }',
        '',
      ].join('\n'),
    });
    w.edit({
      'src/a.ts': [
        'export function same(n: number): number { return 1 + n; }',
        'export function broken(xs: string[]): string { return xs[0].trim(); }',
        'export function moved(n: number): number { return n * 3; }',
        "export async function remote(url: string): Promise<number> { return (await fetch('http://127.0.0.1:9/' + url)).status; }",
        '',
      ].join('\n'),
      'src/bad.ts': 'export function oops( {\n',
    });
    const result = runVouch(['verify', '--format', 'json'], w.root, { VOUCH_CACHE_DIR: tempFolder() });
    const report = JSON.parse(result.stdout);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(report.verdicts.map((v: { state: string }) => v.state).sort()).toEqual(['changed', 'failed', 'unverifiable', 'verified']);
    expect(report.skipped).toEqual([{ file: 'src/bad.ts', message: expect.stringMatching(/^not verified: syntax error at line/) }]);
  });
});
