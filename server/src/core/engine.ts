// The engine's front door. `verify` takes a workspace (and optionally unsaved buffers and paths),
// finds the declarations that changed against the baseline, generates change-scoped tests, runs
// them in the warm runner and returns verdicts, streaming each as it is ready. One Engine serves
// many workspace roots; nothing about a root is kept in globals.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { engineVersion, runnerPath } from './assetPaths';
import { findRelatedTests } from './checks/relatedTests';
import { unexportedNames } from './generate/unexportedNames';
import type { Logger } from './logger';
import { silentLogger } from './logger';
import type { DeclarationKind, SourceSpan, Verdict, VerifyReport } from './model';
import { listDeclarations } from './changes/declarations';
import { contentHash } from './generate/seeds';
import { RunnerClient } from './runner/runnerClient';
import type { Target } from './verdicts/target';
import { VerdictCache } from './verdicts/verdictCache';
import { selectShard } from './config/shard';
import type { ShardSpec, ShardSummary } from './config/shard';
import { allowancesKey, allowancesToEnv } from './runtime/sandboxAllowances';
import type { SandboxAllowances } from './runtime/sandboxAllowances';
import { collectTargets, workspaceRoot } from './verify/collectTargets';
import type { BaseMode, ChangedFile } from './verify/collectTargets';
import { generateTests } from './persistentTests/generateTests';
import type { GenerateTestsRequest, GenerateTestsResult } from './persistentTests/generateTests';
import { planTarget } from './verify/planTests';
import type { RelatedTestFile } from './verify/relatedTestRun';
import { runTargets } from './verify/runTargets';
import { MAX_RELATED_TESTS, resolveVerifyOptions } from './verifyOptions';
import type { VerifyOptions } from './verifyOptions';
import { workspaceCache } from './workspace/cacheFolder';
import type { WorkspaceCache } from './workspace/cacheFolder';
import { ImportGraph } from './workspace/importGraph';
import { WorkspaceProject } from './workspace/tsProject';

/** Workspace roots kept warm (ts-morph projects, import graphs); older ones are dropped. */
export const MAX_WORKSPACES = 4;

export interface OutlineEntry {
  qualifiedName: string;
  kind: DeclarationKind;
  span: SourceSpan;
  exported: boolean;
  codeHash: string;
}

export interface EngineOptions {
  logger?: Logger;
  /** Heap limit of the runner and its workers, MB. */
  memoryMb?: number;
  /** Folder for generated tests and cached verdicts (default: the user's cache folder). */
  cacheDir?: string;
  /** Worker threads in the runner (default: every core). The editor verifies one declaration at
   *  a time and keeps memory low with one. */
  workers?: number;
}

export interface VerifyRequest {
  root: string;
  /** Files or folders to limit verification to. */
  paths?: readonly string[];
  /** Git ref to compare with (default HEAD; giving one outside git is an error). */
  base?: string;
  /** `merge-base`: compare with the merge base of `base` and HEAD (what a pull request changes). */
  baseMode?: BaseMode;
  /** Only files whose workspace-relative path passes (include/exclude globs). */
  filter?: (relativePath: string) => boolean;
  /** Only declarations in changed files: no callers in unchanged importing files. */
  changedOnly?: boolean;
  /** Verify only this share of the declarations (parallel CI jobs); see config/shard.ts. */
  shard?: ShardSpec;
  /** Unsaved editor buffers by absolute path. */
  overlays?: ReadonlyMap<string, string>;
  /** Old versions supplied by the caller instead of git's (the text before an AI edit). */
  baselineOverrides?: ReadonlyMap<string, string>;
  options?: Partial<VerifyOptions>;
  /** What the project lets its code do in the sandbox. One engine (and runner) serves every
   *  workspace folder of an editor, so each run names its folder's; absent: those in this
   *  process's environment, which the runner inherits (the CLI sets them there). */
  sandbox?: SandboxAllowances;
  onVerdict?: (verdict: Verdict) => void;
  signal?: AbortSignal;
}

/** A verification's report, with what CI needs besides the verdicts. */
export interface VerifyResult extends VerifyReport {
  baseMode?: BaseMode;
  /** The commit compared with (the merge base in merge-base mode). */
  baseCommit?: string;
  /** The share this run verified, when sharded. */
  shard?: ShardSummary;
}

interface Workspace {
  project: WorkspaceProject;
  graph: ImportGraph;
  cache: WorkspaceCache;
  verdicts: VerdictCache;
}

export class Engine {
  private readonly workspaces = new Map<string, Workspace>();
  private readonly runner: RunnerClient;
  private readonly logger: Logger;

  constructor(private readonly options: EngineOptions = {}) {
    this.logger = options.logger ?? silentLogger;
    this.runner = new RunnerClient({ runnerPath: runnerPath(), memoryMb: options.memoryMb ?? 1024, logger: this.logger });
  }

  /** Runner processes started so far (restarts after hangs and crashes included). */
  get runnerStarts(): number {
    return this.runner.starts;
  }

  /** Kills the runner, as a crash would; the next verification starts a fresh one. */
  killRunner(): void {
    this.runner.kill();
  }

  /** The warm state of a root; the least recently used roots are dropped past MAX_WORKSPACES. */
  private workspace(root: string): Workspace {
    let workspace = this.workspaces.get(root);
    if (workspace) {
      this.workspaces.delete(root);
    } else {
      const cache = workspaceCache(root, this.options.cacheDir);
      workspace = { project: new WorkspaceProject(root), graph: new ImportGraph(root), cache, verdicts: new VerdictCache(cache.verdictsFile) };
    }
    this.workspaces.set(root, workspace);
    while (this.workspaces.size > MAX_WORKSPACES) this.workspaces.delete(this.workspaces.keys().next().value!);
    return workspace;
  }

  /**
   * The verifiable declarations of a text, with 1-based spans and a hash of their code that ignores
   * comments and layout: what an editor needs to place diagnostics and CodeLens, and to tell which
   * verdicts an edit made stale. Parse only; nothing runs.
   */
  outline(root: string, file: string, text: string): OutlineEntry[] {
    const sourceFile = this.workspace(workspaceRoot(root)).project.oldFile(`${file}.outline`, text);
    return listDeclarations(sourceFile).map((d) => ({
      qualifiedName: d.qualifiedName,
      kind: d.kind,
      span: d.span,
      exported: d.exported,
      codeHash: contentHash(d.normalizedCode),
    }));
  }

  /** Forgets what was read of a file on disk (it changed outside an editor buffer). */
  fileChanged(root: string, file: string): void {
    this.workspaces.get(workspaceRoot(root))?.graph.invalidate(file);
  }

  async verify(request: VerifyRequest): Promise<VerifyResult> {
    const started = Date.now();
    const options = resolveVerifyOptions(request.options);
    const root = workspaceRoot(request.root);
    const workspace = this.workspace(root);
    const overlays = new Map(request.overlays ?? []);
    const collected = await collectTargets(
      {
        root,
        paths: request.paths,
        base: request.base,
        baseMode: request.baseMode,
        filter: request.filter,
        changedOnly: request.changedOnly,
        overlays,
        baselineOverrides: request.baselineOverrides ?? new Map(),
        affectedLimit: options.affectedLimit,
        signal: request.signal,
      },
      workspace.project,
      workspace.graph,
    );

    const collectedAt = Date.now();
    const texts = new Map(collected.files.map((f) => [f.file, f]));
    const dependencyTexts = new Map<ChangedFile, string[]>();
    for (const file of collected.files) {
      const imports = await workspace.graph.importsOf(file.file, overlays);
      dependencyTexts.set(file, imports.filter((i) => texts.has(i)).flatMap((i) => [texts.get(i)!.newText, texts.get(i)!.oldText ?? '']));
    }
    const version = engineVersion();
    const relatedFound = options.relatedTests ? await this.relatedTests(root, workspace, collected.files.map((f) => f.file), overlays, request.signal) : { files: [], total: 0 };
    const related = relatedFound.files;
    const reportNotes = [...collected.notes];
    if (relatedFound.total > related.length) {
      reportNotes.push(`related tests: ran the ${related.length} test files closest to the change of ${relatedFound.total} that import changed code`);
    }
    const relatedKey = (file: string) =>
      related
        .filter((r) => r.changedFiles.includes(file))
        .map((r) => `${r.testFile}:${fileStamp(r.testFile)}`)
        .join('|');
    // Allowances change what the sandbox lets through, so they are part of every cache key.
    const allowances = allowancesKey(request.sandbox ? allowancesToEnv(request.sandbox) : process.env);
    const sandboxKey = allowances ? [allowances] : [];
    const allTargets: Target[] = [];
    const testTexts = new Map<Target, string>();
    for (const file of collected.files) {
      for (const change of file.changes) {
        // `only` picks declarations; callers affected by a picked one come along, and an affected
        // caller can be picked by its own name (a replayed finding names it).
        const picked = (name: string) => !options.only || options.only.includes(name);
        const ownName = picked(change.declaration.qualifiedName);
        if (change.change === 'affected' ? !ownName && !change.dependsOn.some(picked) : !ownName) continue;
        const planned = planTarget(file, change, {
          root,
          cache: workspace.cache,
          runs: options.runs,
          timeoutMs: options.timeoutMs,
          seed: options.seed,
          baseLabel: collected.baseLabel,
          dependencyTexts: (f) => [...(dependencyTexts.get(f) ?? []), `related-tests:${options.relatedTests}:${relatedKey(f.file)}`, ...sandboxKey],
          engineVersion: version,
        });
        allTargets.push(planned.target);
        if (planned.testText) testTexts.set(planned.target, planned.testText);
      }
    }
    const targets = selectShard(allTargets, (t) => t.id, request.shard);

    const plannedAt = Date.now();
    const verdicts: Verdict[] = [];
    const toRun: Target[] = [];
    for (const target of targets) {
      const cached = options.useCache ? workspace.verdicts.get(target.contentHash) : undefined;
      if (cached) {
        verdicts.push(cached);
        request.onVerdict?.(cached);
      } else toRun.push(target);
    }
    if (toRun.length > 0) {
      for (const target of toRun) {
        const text = testTexts.get(target);
        if (target.testFile && text !== undefined) writeIfChanged(target.testFile, text);
      }
      const runFiles = new Set(toRun.filter((t) => t.change !== 'affected').map((t) => t.ref.file));
      const fresh = await runTargets(this.runner, {
        root,
        testsDir: workspace.cache.testsDir,
        targets: toRun,
        related: related.filter((r) => r.changedFiles.some((f) => runFiles.has(f))),
        overlays: Object.fromEntries(overlays),
        ...servedVersions(collected.files),
        timeoutMs: options.timeoutMs,
        stallAfterMs: options.stallAfterMs,
        relatedAfterChecks: options.relatedAfterChecks,
        workers: this.options.workers,
        sandbox: request.sandbox,
        onVerdict: request.onVerdict,
        signal: request.signal,
      });
      for (const verdict of fresh) workspace.verdicts.set(verdict);
      verdicts.push(...fresh);
      workspace.verdicts.save();
    }
    this.logger.verbose?.(
      `verify ${root}: collect ${collectedAt - started} ms, plan ${plannedAt - collectedAt} ms, run ${Date.now() - plannedAt} ms (${toRun.length} to run, ${verdicts.length - toRun.length} cached)`,
    );
    verdicts.sort((a, b) => a.declaration.relativePath.localeCompare(b.declaration.relativePath) || a.declaration.span.startLine - b.declaration.span.startLine);
    return {
      root,
      base: collected.baseLabel,
      verdicts,
      skipped: collected.skipped,
      notes: reportNotes,
      durationMs: Date.now() - started,
      ...(collected.baseCommit && request.base !== undefined ? { baseMode: request.baseMode ?? 'ref', baseCommit: collected.baseCommit } : {}),
      ...(request.shard ? { shard: { ...request.shard, total: allTargets.length } } : {}),
    };
  }

  private async relatedTests(
    root: string,
    workspace: Workspace,
    changedFiles: string[],
    overlays: Map<string, string>,
    signal: AbortSignal | undefined,
  ): Promise<{ files: RelatedTestFile[]; total: number }> {
    if (changedFiles.length === 0) return { files: [], total: 0 };
    const found = await findRelatedTests({ root, changedFiles, overlays, graph: workspace.graph, signal });
    if (found.length > MAX_RELATED_TESTS) this.logger.info(`running the ${MAX_RELATED_TESTS} closest of ${found.length} related test files`);
    const files = found.slice(0, MAX_RELATED_TESTS).map((r) => ({ testFile: r.testFile, chain: r.chain, changedFiles: [r.chain[r.chain.length - 1]] }));
    return { files, total: found.length };
  }

  async dispose(): Promise<void> {
    await this.runner.dispose();
  }

  /**
   * "Generate tests": writes a test file for a file's exported functions (or one of them) into the
   * workspace, in its framework and place, with examples recorded on the current code in the runner.
   * Run again, it adds only what is missing. See persistentTests/generateTests.ts.
   */
  async generateTests(request: GenerateTestsRequest): Promise<GenerateTestsResult> {
    const root = workspaceRoot(request.root);
    const { project, cache } = this.workspace(root);
    return generateTests({ runner: this.runner, project, cache, logger: this.logger }, { ...request, root });
  }
}

/** Size and modification time: enough to tell that a test file changed. */
function fileStamp(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.size}.${Math.round(stat.mtimeMs)}`;
  } catch {
    return 'missing';
  }
}

function writeIfChanged(file: string, text: string): void {
  try {
    if (readFileSync(file, 'utf8') === text) return;
  } catch {
    // not written yet
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Baselines to serve and the internal names to export from each served version. */
function servedVersions(files: ChangedFile[]): { baselines: Record<string, string>; addedExports: Record<string, string[]> } {
  const baselines: Record<string, string> = {};
  const addedExports: Record<string, string[]> = {};
  for (const file of files) {
    addedExports[`${file.file}?vouch=current`] = unexportedNames(file.newText, file.file);
    if (file.oldText === null) continue;
    baselines[file.file] = file.oldText;
    addedExports[`${file.file}?vouch=baseline`] = unexportedNames(file.oldText, file.file);
  }
  return { baselines, addedExports };
}
