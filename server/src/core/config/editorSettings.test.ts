import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, EXPLICIT_SETTINGS_FIELD, explicitSettingsFrom, settingsFrom } from '../../../../shared/src/settings';
import { diagnosticSeverities, settingsWithProjectConfig } from './editorSettings';
import { fileFilter, splitPathArguments } from './fileFilter';
import { parseShard, selectShard } from './shard';

describe('the project configuration in the editor', () => {
  const config = { runs: 50, timeoutMs: 5000, relatedTests: false, severity: { unverified: 'note' as const }, failOn: ['failed' as const] };

  it('gives the values the editor left at their defaults', () => {
    expect(settingsWithProjectConfig(DEFAULT_SETTINGS, config)).toEqual({ ...DEFAULT_SETTINGS, runs: 50, timeoutMs: 5000, relatedTests: false, unverifiedSeverity: 'information' });
  });

  it('yields to a setting set in the editor', () => {
    expect(settingsWithProjectConfig({ ...DEFAULT_SETTINGS, runs: 20 }, config).runs).toBe(20);
    const explicit = new Set(['timeoutMs'] as const);
    expect(settingsWithProjectConfig(DEFAULT_SETTINGS, config, explicit)).toMatchObject({ runs: 50, timeoutMs: 2000 });
  });

  it('a setting the client names as set wins even at its default value; one it does not name yields, whatever its value', () => {
    const raw = { runs: 200, timeoutMs: 3000, [EXPLICIT_SETTINGS_FIELD]: ['runs', 'notASetting', 7] };
    const explicit = explicitSettingsFrom(raw);
    expect(explicit && [...explicit]).toEqual(['runs']);
    expect(settingsWithProjectConfig(settingsFrom(raw), config, explicit)).toMatchObject({ runs: 200, timeoutMs: 5000 });
    expect(explicitSettingsFrom({ runs: 3 })).toBeUndefined();
  });

  it('severities per check kind: SARIF levels as the editor\'s, none as off; unverified goes through the setting', () => {
    expect(diagnosticSeverities({ severity: { crash: 'warning', slowdown: 'none', 'behavior-change': 'note', unverified: 'error' } })).toEqual({
      crash: 'warning',
      slowdown: 'off',
      'behavior-change': 'information',
    });
    expect(diagnosticSeverities({})).toEqual({});
  });
});

describe('include and exclude globs', () => {
  it('a file must match an include and no exclude; a folder covers what is below it', () => {
    const filter = fileFilter({ include: ['src/**'], exclude: ['src/generated', '**/*.gen.ts'] })!;
    expect(filter('src/a.ts')).toBe(true);
    expect(filter('lib/a.ts')).toBe(false);
    expect(filter('src/generated/x.ts')).toBe(false);
    expect(filter('src/deep/y.gen.ts')).toBe(false);
    expect(fileFilter({ include: [], exclude: [] })).toBeUndefined();
  });

  it('command-line arguments: paths stay paths, globs and !globs filter', () => {
    expect(splitPathArguments(['src/a.ts', 'lib', 'src/**/*.ts', '!src/legacy/**', './x/*.ts'])).toEqual({
      paths: ['src/a.ts', 'lib'],
      include: ['src/**/*.ts', 'x/*.ts'],
      exclude: ['src/legacy/**'],
    });
  });
});

describe('shards', () => {
  it('split sorted ids round-robin: disjoint, complete, balanced, whatever the input order', () => {
    const ids = ['b#2', 'a#1', 'c#3', 'a#0', 'd#4'];
    const shards = [1, 2, 3].map((index) => selectShard(ids, (id) => id, { index, count: 3 }));
    expect(shards).toEqual([['a#0', 'c#3'], ['a#1', 'd#4'], ['b#2']]);
    expect(selectShard([...ids].reverse(), (id) => id, { index: 1, count: 3 })).toEqual(shards[0]);
    expect(selectShard(ids, (id) => id, undefined)).toEqual(ids);
  });

  it('i/n is checked', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/2', '3/2', '1/0', 'a/b', '1/300', '1']) expect(() => parseShard(bad)).toThrow(/--shard must be i\/n/);
  });
});
