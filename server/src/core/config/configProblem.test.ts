import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from './configError';
import { configProblem, locateInJson } from './configProblem';
import { loadConfig } from './loadConfig';
import { exclusionReason, readProjectConfig } from './projectConfig';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'vouch-config-'));
  folders.push(root);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  return root;
}

/** The text a problem's span covers, from the file it names. */
function shown(root: string, files: Record<string, string>): { file: string; message: string; text: string } {
  const project = readProjectConfig(root);
  const problem = project.problem!;
  const lines = files[path.basename(problem.file)].split('\n');
  const { startLine, startColumn, endLine, endColumn } = problem.span;
  const text =
    startLine === endLine
      ? lines[startLine - 1].slice(startColumn - 1, endColumn - 1)
      : [lines[startLine - 1].slice(startColumn - 1), ...lines.slice(startLine, endLine - 1), lines[endLine - 1].slice(0, endColumn - 1)].join('\n');
  return { file: path.basename(problem.file), message: problem.message, text };
}

describe('where a configuration error shows in its file', () => {
  const cases: Array<[string, Record<string, string>, string, string, RegExp]> = [
    ['an unknown key: its name', { 'vouch.config.json': '{\n  "runs": 5,\n  "runz": 5\n}\n' }, 'vouch.config.json', '"runz"', /unknown key "runz" \(did you mean "runs"\?\)/],
    ['a bad value: the value', { 'vouch.config.json': '{\n  "runs": "many"\n}\n' }, 'vouch.config.json', '"many"', /"runs" must be a whole number/],
    ['a nested unknown key', { 'vouch.config.json': '{ "severity": {\n  "crashes": "error" } }' }, 'vouch.config.json', '"crashes"', /unknown key "crashes" in "severity"/],
    ['an item of a list', { 'vouch.config.json': '{ "sandbox": { "allowHosts": ["db.local", "http://db:5432"] } }' }, 'vouch.config.json', '"http://db:5432"', /"sandbox\.allowHosts\[1\]" must be a host/],
    ['the last of two equal keys, as JSON.parse reads it', { 'vouch.config.json': '{ "runs": 5, "runs": 0 }' }, 'vouch.config.json', '0', /"runs" must be/],
    ['a syntax error: the character it points at', { 'vouch.config.json': '{\n  "runs": 5,\n}\n' }, 'vouch.config.json', '}', /is not valid JSON: .* at line 3, column 1/],
    ['a file that ends too early: its last character', { 'vouch.config.json': '{ "runs": 5' }, 'vouch.config.json', '5', /is not valid JSON/],
    ['package.json "vouch": the key under "vouch"', { 'package.json': '{ "name": "x",\n  "vouch": { "relatedTests": "yes" } }' }, 'package.json', '"yes"', /^package\.json "vouch": "relatedTests" must be true or false/],
    ['a configuration that is not an object: all of it', { 'vouch.config.json': '[1]' }, 'vouch.config.json', '[1]', /must be an object/],
    ['both files: the first character of vouch.config.json', { 'vouch.config.json': '{}', 'package.json': '{ "vouch": {} }' }, 'vouch.config.json', '{', /both vouch\.config\.json and a "vouch" key/],
  ];
  for (const [what, files, file, text, message] of cases) {
    it(what, () => {
      const problem = shown(folderWith(files), files);
      expect(problem.file).toBe(file);
      expect(problem.text).toBe(text);
      expect(problem.message).toMatch(message);
    });
  }

  it('the CLI keeps its one-line messages, and the error says where', () => {
    const root = folderWith({ 'vouch.config.json': '{ "severity": { "crash": "fatal" } }' });
    let thrown: unknown;
    try {
      loadConfig(root);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).message).toBe('vouch.config.json: "severity.crash" must be one of error, warning, note, none (got "fatal")');
    expect((thrown as ConfigError).place).toEqual({ file: path.join(root, 'vouch.config.json'), path: ['severity', 'crash'], target: 'value' });
  });

  it('a path that is not in the text shows as deep as it goes; an error without a file has no place', () => {
    const text = '{ "sandbox": {} }';
    expect(text.slice(...Object.values(locateInJson(text, ['sandbox', 'allowHosts', 0], 'value')))).toBe('{}');
    expect(configProblem(new ConfigError('no file'))).toBeUndefined();
  });
});

describe('a folder configuration in the editor', () => {
  it('a broken file gives the defaults (no filter, no allowances) and the problem', () => {
    const project = readProjectConfig(folderWith({ 'vouch.config.json': '{ "exclude": ["src/**"], "runz": 1 }' }));
    expect(project.config).toEqual({});
    expect(project.filter).toBeUndefined();
    expect(project.allowances).toEqual({ allowHosts: [], allowWrite: [] });
    expect(project.problem?.message).toMatch(/unknown key "runz"/);
  });

  it('a good file gives its options, allowances made absolute, and no problem', () => {
    const root = folderWith({ 'vouch.config.json': JSON.stringify({ runs: 9, sandbox: { allowWrite: ['out'], allowHosts: ['db.local'] } }) });
    const project = readProjectConfig(root);
    expect(project).toMatchObject({ config: { runs: 9 }, source: 'vouch.config.json', problem: undefined, allowances: { allowHosts: ['db.local'], allowWrite: [path.join(root, 'out')] } });
  });

  it('says why a file is not verified: excluded, or outside include', () => {
    const root = folderWith({ 'vouch.config.json': JSON.stringify({ include: ['src/**'], exclude: ['src/generated/**'] }) });
    const project = readProjectConfig(root);
    expect(exclusionReason(project, path.join(root, 'src/a.ts'))).toBeUndefined();
    expect(exclusionReason(project, path.join(root, 'src/generated/b.ts'))).toBe('vouch.config.json excludes this file ("exclude": ["src/generated/**"])');
    expect(exclusionReason(project, path.join(root, 'lib/c.ts'))).toBe('this file is outside vouch.config.json\'s "include" (["src/**"])');
  });
});
