import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDemoEdit, createDemoWorkspace, isDemoWorkspace } from './demoWorkspace';

const repo = path.resolve(__dirname, '../../..');

describe('the walkthrough demo', () => {
  it('is a committed git workspace whose pending AI edit is not part of it, until applied', async () => {
    const folder = await createDemoWorkspace(repo);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, encoding: 'utf8' });
    expect(isDemoWorkspace(folder)).toBe(true);
    expect(git('status', '--porcelain')).toBe('');
    expect(git('log', '--oneline').trim().split('\n')).toHaveLength(1);

    const rewritten = applyDemoEdit(folder);
    expect(rewritten.map((f) => path.relative(folder, f)).sort()).toEqual(['src/pricing.ts', 'src/text.ts']);
    expect(git('status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([' M src/pricing.ts', ' M src/text.ts']);
    expect(readFileSync(path.join(folder, 'src/pricing.ts'), 'utf8')).toBe(readFileSync(path.join(repo, 'test-fixtures/demo/ai-edit/src/pricing.ts'), 'utf8'));
  });

  it('knows a folder that is not the demo', () => {
    expect(isDemoWorkspace(repo)).toBe(false);
  });
});
