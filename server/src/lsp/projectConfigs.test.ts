import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectConfig } from '../core/config/projectConfig';
import { foldersOfConfigFile } from './configWatcher';
import { ProjectConfigs, verifiesDifferently } from './projectConfigs';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function folder(config?: string): string {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'vouch-configs-')));
  roots.push(root);
  if (config !== undefined) writeFileSync(path.join(root, 'vouch.config.json'), config);
  return root;
}

function watched(): { configs: ProjectConfigs; heard: [ProjectConfig, ProjectConfig | undefined][] } {
  const configs = new ProjectConfigs();
  const heard: [ProjectConfig, ProjectConfig | undefined][] = [];
  configs.onDidChange((project, previous) => heard.push([project, previous]));
  return { configs, heard };
}

describe('each folder\'s configuration in the editor', () => {
  it('is read once, on first use, per folder', () => {
    const a = folder('{ "runs": 7 }');
    const b = folder();
    const { configs, heard } = watched();
    expect(configs.get(a).config).toEqual({ runs: 7 });
    expect(configs.get(a)).toBe(configs.get(a));
    expect(configs.get(b).config).toEqual({});
    expect(heard.map(([project, previous]) => [project.root, previous])).toEqual([
      [a, undefined],
      [b, undefined],
    ]);
    expect(configs.roots()).toEqual([a, b]);
  });

  it('is read again when its file changed on disk, and listeners hear only of a reading that differs', () => {
    const root = folder('{ "runs": 7 }');
    const { configs, heard } = watched();
    const first = configs.get(root);
    expect(configs.refresh(root)).toBe(first);

    writeFileSync(path.join(root, 'vouch.config.json'), '{ "runs": 31 }');
    const second = configs.refresh(root);
    expect(second.config).toEqual({ runs: 31 });
    expect(heard.at(-1)).toEqual([second, first]);
    expect(verifiesDifferently(second, first)).toBe(true);

    writeFileSync(path.join(root, 'vouch.config.json'), '{\n  "runs": 31\n}\n');
    expect(configs.refresh(root).config).toEqual({ runs: 31 });
    expect(heard).toHaveLength(2);
  });

  it('a broken file is heard of as a problem that does not change what is verified; fixing it is heard of too', () => {
    const root = folder('{ "runs": 7 }');
    const { configs, heard } = watched();
    const good = configs.get(root);
    writeFileSync(path.join(root, 'vouch.config.json'), '{ "runz": 7 }');
    const broken = configs.reload(root);
    expect(broken.problem?.message).toMatch(/unknown key "runz"/);
    expect(broken.config).toEqual({});
    expect(verifiesDifferently(broken, good)).toBe(true);

    writeFileSync(path.join(root, 'vouch.config.json'), '{ "runs": 8 ');
    const stillBroken = configs.reload(root);
    expect(stillBroken.problem?.message).toMatch(/not valid JSON/);
    expect(verifiesDifferently(stillBroken, broken)).toBe(false);
    expect(heard).toHaveLength(3);

    configs.forget(root);
    expect(configs.roots()).toEqual([]);
  });

  it('a changed file belongs to the folders it sits at the top of', () => {
    const roots = ['/w/a', '/w/b'];
    expect(foldersOfConfigFile('/w/a/vouch.config.json', roots)).toEqual(['/w/a']);
    expect(foldersOfConfigFile('/w/b/package.json', roots)).toEqual(['/w/b']);
    expect(foldersOfConfigFile('/w/a/packages/x/package.json', roots)).toEqual([]);
    expect(foldersOfConfigFile('/w/a/tsconfig.json', roots)).toEqual([]);
  });
});
