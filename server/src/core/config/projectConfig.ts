// A workspace folder's configuration as a long-lived front end (the editor) uses it: read without
// ever throwing. A broken file gives the empty configuration (defaults and settings) and the
// problem, with its place, to show until the file is fixed; a stamp of the files read says when
// reading again could give something else.
import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { SandboxAllowances } from '../runtime/sandboxAllowances';
import { ConfigError } from './configError';
import { configProblem } from './configProblem';
import type { ConfigProblem } from './configProblem';
import { fileFilter } from './fileFilter';
import type { FileFilter } from './fileFilter';
import { CONFIG_FILE, loadConfig, sandboxAllowancesOf } from './loadConfig';
import type { VouchConfig } from './vouchConfig';

export interface ProjectConfig {
  root: string;
  /** What the file says; empty when there is no file or it is broken. */
  config: VouchConfig;
  /** `vouch.config.json` or `package.json "vouch"`; none without a configuration. */
  source?: string;
  /** Why the file was not used. */
  problem?: ConfigProblem;
  /** Which workspace-relative paths are verified; undefined: all. */
  filter?: FileFilter;
  allowances: SandboxAllowances;
  /** Changes when a file the configuration is read from changes. */
  stamp: string;
}

/** The files a configuration can come from. */
export function configFiles(root: string): string[] {
  return [path.join(root, CONFIG_FILE), path.join(root, 'package.json')];
}

export function configStamp(root: string): string {
  return configFiles(root)
    .map((file) => {
      try {
        const stat = statSync(file);
        return `${stat.size}:${stat.mtimeMs}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}

function problemOf(error: unknown, root: string): ConfigProblem {
  const described = error instanceof ConfigError ? configProblem(error) : undefined;
  if (described) return described;
  const message = error instanceof Error ? error.message : String(error);
  return { file: path.join(root, CONFIG_FILE), message, span: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } };
}

export function readProjectConfig(root: string): ProjectConfig {
  const stamp = configStamp(root);
  let config: VouchConfig = {};
  let source: string | undefined;
  let problem: ConfigProblem | undefined;
  try {
    ({ config, source } = loadConfig(root));
  } catch (error) {
    problem = problemOf(error, root);
  }
  return {
    root,
    config,
    source,
    problem,
    filter: fileFilter({ include: config.include ?? [], exclude: config.exclude ?? [] }),
    allowances: sandboxAllowancesOf(config, root),
    stamp,
  };
}

/** True when two readings would verify alike and show the same problem. */
export function sameProjectConfig(a: ProjectConfig, b: ProjectConfig): boolean {
  return JSON.stringify([a.config, a.source, a.problem]) === JSON.stringify([b.config, b.source, b.problem]);
}

/** Why the configuration keeps a file from being verified (it is outside `include`, or matches
 *  `exclude`); undefined when it is verified. */
export function exclusionReason(project: ProjectConfig, file: string): string | undefined {
  const relative = path.relative(project.root, file).split(path.sep).join('/');
  if (!project.filter || project.filter(relative)) return undefined;
  const { include = [], exclude = [] } = project.config;
  const inIncluded = include.length === 0 || fileFilter({ include, exclude: [] })!(relative);
  return inIncluded
    ? `${project.source ?? CONFIG_FILE} excludes this file ("exclude": ${JSON.stringify(exclude)})`
    : `this file is outside ${project.source ?? CONFIG_FILE}'s "include" (${JSON.stringify(include)})`;
}
