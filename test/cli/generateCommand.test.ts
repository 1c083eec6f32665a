// `vouch generate` from a terminal: writes the test file, or prints it with --dry-run, or reports
// in JSON; an unknown or unexported declaration is a one-line error and exit 2.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFixture } from '../generate/workspaceVitest';
import { tempFolder } from '../helpers/gitWorkspace';
import { runVouch } from '../helpers/runCli';

const env = { VOUCH_CACHE_DIR: tempFolder('vouch-cli-generate-') };

describe('vouch generate', () => {
  it('--dry-run prints the file without writing it; a real run writes it and lists the tests', () => {
    const workspace = generateFixture('vitest-shop');
    const target = path.join(workspace.root, 'src/pricing.test.ts');
    const dry = runVouch(['generate', 'src/pricing.ts', '--only', 'bulkPrice', '--dry-run'], workspace.root, env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("import { bulkPrice } from './pricing';");
    expect(dry.stdout).toMatch(/it\('bulkPrice\(1, 10\) returns 9\.5'/);
    expect(existsSync(target)).toBe(false);

    const wrote = runVouch(['generate', 'src/pricing.ts', '--only', 'bulkPrice'], workspace.root, env);
    expect(wrote.code).toBe(0);
    expect(wrote.stdout.split('\n')[0]).toMatch(/^wrote src\/pricing\.test\.ts \(vitest, new file\): \d+ tests added, 0 kept$/);
    expect(readFileSync(target, 'utf8')).toBe(dry.stdout);

    const again = runVouch(['generate', 'src/pricing.ts', '--only', 'bulkPrice', '--format', 'json'], workspace.root, env);
    const summary = JSON.parse(again.stdout);
    expect(summary).toMatchObject({ framework: 'vitest', created: false, added: [] });
    expect(summary.kept.length).toBeGreaterThan(0);
    expect(summary.text).toBeUndefined();
  });

  it('refuses an unknown declaration with one line and exit 2', () => {
    const workspace = generateFixture('vitest-shop');
    const result = runVouch(['generate', 'src/pricing.ts', '--only', 'noSuchThing'], workspace.root, env);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^vouch: error: .*noSuchThing/);
  });
});
