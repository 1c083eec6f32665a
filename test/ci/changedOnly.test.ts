// --changed-only keeps a run to the changed files: an unchanged caller in another file, checked
// as `affected` by default, is left out.
import { afterAll, describe, expect, it } from 'vitest';
import { gitWorkspace } from '../helpers/gitWorkspace';
import { verdictList, vouchAsync } from './pullRequestRepo';

describe('--changed-only', () => {
  const repo = gitWorkspace({
    'src/rate.ts': 'export function rate(n: number): number {\n  return n * 2;\n}\n',
    'src/total.ts': "import { rate } from './rate';\n\nexport function total(n: number): number {\n  return rate(n) + 1;\n}\n",
  });
  afterAll(() => repo.remove());

  it('leaves out callers in unchanged files', async () => {
    repo.edit({ 'src/rate.ts': 'export function rate(n: number): number {\n  return n * 3;\n}\n' });
    const args = ['verify', '--format', 'json', '--runs', '10', '--no-related-tests'];
    const [all, changedOnly] = await Promise.all([vouchAsync(args, repo.root), vouchAsync([...args, '--changed-only'], repo.root)]);
    expect(verdictList(JSON.parse(all.stdout))).toEqual(['src/rate.ts#rate: changed', 'src/total.ts#total: changed']);
    expect(JSON.parse(all.stdout).verdicts.find((v: any) => v.declaration.qualifiedName === 'total').change).toBe('affected');
    expect(verdictList(JSON.parse(changedOnly.stdout))).toEqual(['src/rate.ts#rate: changed']);
  });
});
