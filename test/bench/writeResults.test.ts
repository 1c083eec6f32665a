import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderResults } from '../../bench/writeResults.mjs';

const benchDir = path.resolve(__dirname, '../../bench');
const results: unknown = JSON.parse(readFileSync(path.join(benchDir, 'results.json'), 'utf8'));

const series = (median: number, n: number) => ({ n, median, p95: median + 400, min: median - 200, max: median + 400, cacheAnswered: 0, missed: 0 });
/** The parts of bench/editor.json that RESULTS.md shows. */
const editor = {
  date: '2026-11-21T20:40:26.517Z',
  command: 'npm run bench:editor',
  machine: { cores: 2 },
  source: { commit: 'abc1234', uncommittedFiles: ['client/src/extension.ts'] },
  loadAverage: { start: [3.5, 3, 2], end: [4, 3, 2] },
  editor: { codeServer: '4.100.3', vscode: '1.100.3' },
  series: { first: series(2655, 1), uncached: series(1025, 12), cached: series(299, 12) },
};

describe('bench/RESULTS.md', () => {
  it('shows the editor measurement of npm run bench:editor, with its own date and commit', () => {
    const markdown = renderResults(results, editor);

    const row = markdown.split('\n').find((line) => line.startsWith('| AI edit → red squiggle in a real VS Code'));
    expect(row).toContain('median 1.02 s, p95 1.43 s of 12 (2026-11-21, commit abc1234 + 1 uncommitted files; [EDITOR.md](EDITOR.md))');
    expect(row).toMatch(/median of at least 10 runs \| met \|$/);
    expect(markdown).toContain('## 6. From an AI edit to the red squiggle in a real VS Code');
    expect(markdown).toContain('| uncached edit (a new function each run) | 12 | 1.02 s | 1.43 s | 825 ms | 1.43 s |');
  });

  it('says the editor target is not met with fewer than 10 runs', () => {
    const markdown = renderResults(results, { ...editor, series: { ...editor.series, uncached: series(1025, 3) } });

    expect(markdown).toMatch(/\| AI edit → red squiggle in a real VS Code.* of 3 .*\| \*\*not met\*\* \|/);
  });

  it('leaves the editor out when bench:editor has not run', () => {
    const markdown = renderResults(results);

    expect(markdown).not.toContain('red squiggle');
    expect(markdown).not.toContain('## 6.');
  });
});
