// "Generate tests" where the code or the editor makes it harder: a call that never returns, an
// unsaved buffer, an editor that applies the file itself.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEngine } from '../helpers/engineHarness';
import { gitWorkspace } from '../helpers/gitWorkspace';
import { linkPackages, runTestFile } from './workspaceVitest';

const { engine } = useEngine();

describe('generate tests, harder cases', () => {
  it('an input that hangs is left out (the runner ends the frozen worker), and so are the properties', async () => {
    const source = 'export function settle(n: number): number {\n  while (n === 7) {\n    // never ends for 7\n  }\n  return n * 2;\n}\n';
    const workspace = linkPackages(gitWorkspace({ 'package.json': '{ "name": "hang", "type": "module" }', 'src/settle.ts': source }));
    const result = await engine.generateTests({ root: workspace.root, file: 'src/settle.ts', options: { callTimeoutMs: 500 } });
    expect(result.notes).toContain('settle: 1 input left out: hangs');
    expect(result.notes).toContain('settle: properties left out: some inputs make it hang');
    const text = readFileSync(result.file, 'utf8');
    expect(text).toContain('expect(settle(0)).toBe(0);');
    expect(text).not.toContain('settle(7)');
    expect(text).not.toContain('vouch: settle#never-crashes');
    expect(runTestFile(workspace.root, result.file).failed).toEqual([]);
  });

  it('characterizes the unsaved buffer, merges into the unsaved test file, and can leave the writing to the editor', async () => {
    const workspace = linkPackages(gitWorkspace({ 'package.json': '{ "name": "buffers", "type": "module" }', 'src/scale.ts': 'export function scale(x: number): number {\n  return x * 2;\n}\n' }));
    const file = path.join(workspace.root, 'src/scale.ts');
    const testFile = path.join(workspace.root, 'src/scale.test.ts');
    const buffer = 'export function scale(x: number): number {\n  return x * 3;\n}\n';
    const openTest = "import { describe, expect, it } from 'vitest';\n\ndescribe('mine', () => {\n  it('is unsaved', () => expect(1).toBe(1));\n});\n";
    const result = await engine.generateTests({
      root: workspace.root,
      file: 'src/scale.ts',
      overlays: new Map([[file, buffer], [testFile, openTest]]),
      write: false,
    });
    expect(existsSync(testFile)).toBe(false);
    expect(result.created).toBe(false);
    expect(result.text).toContain("it('is unsaved', () => expect(1).toBe(1));");
    expect(result.text).toContain('expect(scale(2)).toBe(6);'); // the buffer's x * 3, not the disk's x * 2
    expect(result.text).toContain("import { scale } from './scale';");
  });
});
