// The extension-host suite (test/extension-host/suite, mocha against the real `vscode` API) run
// inside code-server by its payload launcher, on a fresh copy of the demo workspace.
import { afterAll, describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../scripts/e2e/demoWorkspace.mjs';
import { runSuiteInCodeServer } from '../extension-host/runInCodeServer';

describe('the extension-host suite in code-server', () => {
  const workspace = demoWorkspace();
  afterAll(() => workspace.remove());

  it('passes', async () => {
    const run = await runSuiteInCodeServer({ folder: workspace.root, grep: process.env.VOUCH_HOST_GREP });
    const report = run.report.join('\n');
    expect(run.exitCode, `${report}\n(screenshot and logs: ${run.artifacts})`).toBe(0);
    expect(report).toMatch(/\d+ passing/);
    expect(report).not.toMatch(/\d+ failing/);
  });
});
