// Step one of a verification: which files changed against the baseline, which declarations in
// them changed, are new, or are affected (callers in the same file and in importing files).
import { existsSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { diffDeclarations } from '../changes/changedDeclarations';
import type { DeclarationChange } from '../changes/changedDeclarations';
import { describeUncovered, uncoveredChanges } from '../changes/uncoveredChanges';
import { VouchError, throwIfAborted } from '../errors';
import { GitRepository } from '../git/gitRepository';
import type { NoRepositoryReason } from '../git/gitRepository';
import type { BaselineSource, FileNote } from '../model';
import type { ImportGraph } from '../workspace/importGraph';
import { expandPaths, isInside, isVerifiableSource, readSource } from '../workspace/sourceFiles';
import { WorkspaceProject } from '../workspace/tsProject';
import { importersOf, namesImportedFrom } from './importers';

/** How `base` names the old version: the ref's own commit, or (what a pull request changes) the
 *  merge base of the ref and HEAD. */
export type BaseMode = 'ref' | 'merge-base';

export interface CollectRequest {
  root: string;
  paths?: readonly string[];
  /** Git ref to compare against; undefined means HEAD, and no error outside git. */
  base?: string;
  /** Default `ref`; `merge-base` compares with the merge base of `base` and HEAD. */
  baseMode?: BaseMode;
  /** Only these files (workspace-relative, forward slashes): include/exclude globs. */
  filter?: (relativePath: string) => boolean;
  /** Only the changed files: no callers in other, unchanged files become `affected`. */
  changedOnly?: boolean;
  overlays: ReadonlyMap<string, string>;
  /** Old versions given by the caller (the text before an AI edit), instead of git's. */
  baselineOverrides: ReadonlyMap<string, string>;
  affectedLimit: number;
  signal?: AbortSignal;
}

export interface ChangedFile {
  file: string;
  relativePath: string;
  newText: string;
  oldText: string | null;
  baseline: BaselineSource;
  changes: DeclarationChange[];
}

export interface Collected {
  root: string;
  baseLabel: string | null;
  /** The commit compared with (in merge-base mode, the merge base). */
  baseCommit?: string;
  files: ChangedFile[];
  skipped: FileNote[];
  notes: string[];
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Repository lookups per root, for a few seconds: the editor verifies often, and a folder rarely
 *  becomes (or stops being) a repository. */
const repositories = new Map<string, { at: number; repo: Promise<GitRepository | NoRepositoryReason> }>();
const REPOSITORY_TTL_MS = 10_000;

function openRepository(root: string): Promise<GitRepository | NoRepositoryReason> {
  const cached = repositories.get(root);
  if (cached && Date.now() - cached.at < REPOSITORY_TTL_MS) return cached.repo;
  const repo = GitRepository.open(root);
  repositories.set(root, { at: Date.now(), repo });
  return repo;
}

export function workspaceRoot(given: string): string {
  const absolute = path.resolve(given);
  if (!existsSync(absolute)) throw new VouchError('PATH_NOT_FOUND', `no such folder: ${given}`);
  return realpathSync(absolute);
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

export async function collectTargets(request: CollectRequest, project: WorkspaceProject, graph: ImportGraph): Promise<Collected> {
  const root = project.root;
  const notes: string[] = [];
  const skipped: FileNote[] = [];
  const explicitBase = request.base !== undefined;
  const repo = await openRepository(root);
  let commit: string | undefined;
  let untracked = new Set<string>();
  let candidates: string[];

  if (typeof repo === 'string') {
    if (explicitBase) {
      throw repo === 'git-unavailable'
        ? new VouchError('GIT_UNAVAILABLE', 'git is not installed, so --base cannot be used')
        : new VouchError('NOT_A_GIT_REPOSITORY', `${root} is not inside a git repository, so --base cannot be used`, 'run `git init`, or leave out --base to check every declaration as new');
    }
    notes.push(
      repo === 'git-unavailable'
        ? 'git is not installed: there is no baseline, so behaviour is not compared; every declaration is checked as new'
        : 'not a git repository: there is no baseline, so behaviour is not compared; every declaration is checked as new',
    );
    candidates = expandPaths(root, request.paths ?? ['.']);
  } else if (!explicitBase && !(await repo.hasCommits())) {
    notes.push('the repository has no commits yet: there is no baseline, so every declaration is checked as new');
    candidates = expandPaths(root, request.paths ?? ['.']);
  } else if (request.paths && request.paths.every((p) => isFile(path.resolve(root, p)))) {
    // Explicit files (the editor verifies one document): ask git about those only.
    commit = await baseCommit(repo, request);
    candidates = request.paths.map((p) => path.resolve(root, p));
    untracked = new Set(await repo.untrackedAmong(candidates));
  } else {
    commit = await baseCommit(repo, request);
    const changed = await repo.changedFiles(commit);
    untracked = new Set(changed.untracked);
    candidates = [...changed.modified, ...changed.untracked];
    if (request.paths) {
      const wanted = expandPaths(root, request.paths);
      if (wanted.length === 0) throw new VouchError('NO_TYPESCRIPT_FILES', `no TypeScript files under ${request.paths.join(', ')}`);
      const inScope = new Set(wanted);
      candidates = candidates.filter((file) => inScope.has(file));
    }
  }
  const scope = request.paths?.map((p) => path.resolve(root, p));
  for (const file of [...request.overlays.keys(), ...request.baselineOverrides.keys()]) {
    if (!scope || scope.some((folder) => isInside(file, folder))) candidates.push(file);
  }
  const inFilter = (file: string) => !request.filter || request.filter(relative(root, file));
  const files = [...new Set(candidates)].filter((file) => isVerifiableSource(file, root) && inFilter(file)).sort();
  if (typeof repo === 'string' && files.length === 0) {
    throw new VouchError('NO_TYPESCRIPT_FILES', `no TypeScript files under ${request.paths?.join(', ') ?? root}`);
  }

  const changedFiles: ChangedFile[] = [];
  for (const file of files) {
    throwIfAborted(request.signal);
    const read = readSource(file, request.overlays.get(file));
    if (!read.ok) {
      if (read.reason !== 'deleted') skipped.push({ file, message: `skipped: ${read.reason}` });
      continue;
    }
    const override = request.baselineOverrides.get(file);
    const oldText = override ?? (commit && typeof repo !== 'string' ? await repo.readAt(commit, file) : null);
    if (oldText === read.text) continue;
    const newFile = project.currentFile(file, read.text);
    const syntax = WorkspaceProject.syntaxErrors(newFile);
    if (syntax.length > 0) {
      skipped.push({ file, message: `not verified: syntax error at ${syntax[0]}` });
      continue;
    }
    let baseline: BaselineSource;
    let oldFile = oldText !== null ? project.oldFile(file, oldText) : undefined;
    if (override !== undefined) baseline = { kind: 'buffer', description: 'the text before the edit' };
    else if (oldText !== null && commit) baseline = { kind: 'git', ref: request.base ?? 'HEAD', commit };
    else baseline = { kind: 'none', reason: typeof repo === 'string' ? 'not-a-git-repository' : untracked.has(file) ? 'untracked' : 'new-file' };
    if (oldFile && WorkspaceProject.syntaxErrors(oldFile).length > 0) {
      notes.push(`${relative(root, file)}: the baseline does not parse, so behaviour is not compared`);
      oldFile = undefined;
      baseline = { kind: 'none', reason: 'new-file' };
    }
    const changes = diffDeclarations(oldFile, newFile);
    const uncovered = uncoveredChanges(oldFile, newFile, changes);
    if (uncovered.length > 0) notes.push(describeUncovered(relative(root, file), uncovered));
    changedFiles.push({ file, relativePath: relative(root, file), newText: read.text, oldText: oldFile ? oldText : null, baseline, changes });
  }

  const budget = { left: request.affectedLimit, droppedCallers: 0, unreadImporters: 0 };
  for (const changed of changedFiles) {
    // Callers in the same file first: they are the closest to the change.
    const affected = changed.changes.filter((c) => c.change === 'affected');
    const kept = new Set(affected.slice(0, Math.max(0, budget.left)));
    budget.droppedCallers += affected.length - kept.size;
    budget.left -= kept.size;
    changed.changes = changed.changes.filter((c) => c.change !== 'affected' || kept.has(c));
  }
  if (!request.changedOnly) await addCallersInImporters(changedFiles, request, project, graph, commit, typeof repo === 'string' ? undefined : repo, budget);
  if (budget.droppedCallers > 0 || budget.unreadImporters > 0) {
    const parts = [
      budget.droppedCallers > 0 ? `${budget.droppedCallers} more caller${budget.droppedCallers === 1 ? '' : 's'} of changed code` : '',
      budget.unreadImporters > 0 ? `callers in ${budget.unreadImporters} more importing file${budget.unreadImporters === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    notes.push(`${parts.join(' and ')} not checked: the limit of ${request.affectedLimit} affected declarations was reached (raise it with --affected-limit, affectedLimit in vouch.config.json, or the vouch.affectedLimit setting)`);
  }
  return { root, baseLabel: commit ? (request.base ?? 'HEAD') : null, baseCommit: commit, files: changedFiles, skipped, notes };
}

/** The commit named by the request's base, or its merge base with HEAD. */
async function baseCommit(repo: GitRepository, request: CollectRequest): Promise<string> {
  const commit = await repo.resolveCommit(request.base ?? 'HEAD');
  if (request.baseMode !== 'merge-base' || request.base === undefined) return commit;
  try {
    return await repo.mergeBase(commit, 'HEAD');
  } catch (error) {
    if (!(error instanceof VouchError)) throw error;
    throw new VouchError('UNKNOWN_REF', `no merge base between '${request.base}' and HEAD`, 'in a shallow clone, fetch the history (actions/checkout with fetch-depth: 0), or compare with the ref itself: --base-mode ref');
  }
}

/** Declarations in other files that call a changed export become `affected`, up to the limit. */
async function addCallersInImporters(
  changedFiles: ChangedFile[],
  request: CollectRequest,
  project: WorkspaceProject,
  graph: ImportGraph,
  commit: string | undefined,
  repo: GitRepository | undefined,
  budget: { left: number; droppedCallers: number; unreadImporters: number },
): Promise<void> {
  const already = new Set(changedFiles.map((f) => f.file));
  for (const changed of [...changedFiles]) {
    const exportedChanges = changed.changes.filter((c) => c.change !== 'new' && c.change !== 'affected' && c.declaration.exported);
    if (exportedChanges.length === 0 || changed.oldText === null) continue;
    for (const importer of await importersOf(graph, project.root, changed.file, request.overlays)) {
      if (already.has(importer) || (request.filter && !request.filter(relative(project.root, importer)))) continue;
      if (budget.left <= 0) {
        budget.unreadImporters++;
        continue;
      }
      const read = readSource(importer, request.overlays.get(importer));
      if (!read.ok) continue;
      const sourceFile = project.currentFile(importer, read.text);
      const locals = namesImportedFrom(sourceFile, changed.file, exportedChanges.map((c) => c.declaration.qualifiedName));
      if (locals.size === 0) continue;
      const callers = diffDeclarations(sourceFile, sourceFile, locals).filter((c) => c.change === 'affected');
      const affected = callers.slice(0, budget.left);
      budget.droppedCallers += callers.length - affected.length;
      if (affected.length === 0) continue;
      budget.left -= affected.length;
      already.add(importer);
      const oldText = (commit && repo ? await repo.readAt(commit, importer) : null) ?? read.text;
      changedFiles.push({
        file: importer,
        relativePath: relative(project.root, importer),
        newText: read.text,
        oldText,
        baseline: changed.baseline,
        changes: affected,
      });
    }
  }
}
