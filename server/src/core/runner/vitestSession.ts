// One warm vitest instance for one workspace root, living in the runner process. Generated
// tests live in a cache folder outside the workspace; unsaved buffers and baselines are served by
// the served-modules plugin; each run invalidates what changed since the last one.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import type { ReportedHookContext, TestCase, TestModule, Vitest } from 'vitest/node';
import type { CheckMeta } from '../runtime/checkMeta';
import { META_KEY } from '../runtime/checkMeta';
import type { ModuleMessage, ReportedError, RunRequest, TestMessage, TestState } from './runnerProtocol';
import { servedModulesPlugin } from './servedModules';
import type { ServedModulesState } from './servedModules';

export interface SessionAssets {
  fastCheckEntry: string;
  harnessEntry: string;
  sandboxEntry: string;
  /** Environment for the workers: progress folder, writable folders. */
  workerEnv: Record<string, string>;
}

export interface SessionListener {
  test(message: Omit<TestMessage, 'type' | 'runId'>): void;
  module(message: Omit<ModuleMessage, 'type' | 'runId'>): void;
  /** Errors outside any file (a worker that died). */
  runErrors(errors: ReportedError[]): void;
  /** A test file started, or reported a test or a hook (the stall watch of workspace tests). */
  heard?(file: string): void;
  finished?(file: string): void;
}

type SerializedLike = { message?: string; stack?: string; cause?: unknown };

function reportedErrors(errors: ReadonlyArray<SerializedLike> | undefined): ReportedError[] {
  return (errors ?? []).map((e) => {
    const cause = e.cause as SerializedLike | undefined;
    const message = e.message ?? String(e);
    return { message: cause?.message ? `${message} (${cause.message})` : message, stack: e.stack };
  });
}

function fullNameOf(testCase: TestCase): string {
  const names: string[] = [testCase.name];
  let parent = testCase.parent;
  while (parent.type === 'suite') {
    names.unshift(parent.name);
    parent = parent.parent;
  }
  return names.join(' > ');
}

export class VitestSession {
  private vitest: Vitest | undefined;
  private listener: SessionListener | undefined;
  private readonly state: ServedModulesState = { overlays: new Map(), baselines: new Map(), baselineAsCurrent: new Set(), addedExports: new Map() };
  /** Files served so far, with the modification time seen, to invalidate edits on disk. */
  private readonly seenTimes = new Map<string, number>();

  constructor(
    readonly root: string,
    readonly testsDir: string,
    private readonly assets: SessionAssets,
    private readonly workers?: number,
    /** The sandbox allowances in `assets.workerEnv` (allowancesKey), when the run named them. */
    readonly sandboxKey?: string,
  ) {}

  /** Vite's own cache lives beside the generated tests, never in the workspace's node_modules. */
  private get viteCacheDir(): string {
    return path.join(path.dirname(this.testsDir), 'vite');
  }

  private async instance(): Promise<Vitest> {
    if (this.vitest) return this.vitest;
    const { createVitest } = await import('vitest/node');
    const testsDir = this.testsDir;
    const heard = (module: TestModule) => this.listener?.heard?.(module.moduleId);
    const reporter = {
      onTestModuleQueued: heard,
      onTestModuleCollected: heard,
      onTestModuleStart: heard,
      onTestCaseReady: (testCase: TestCase) => heard(testCase.module),
      onHookStart: ({ entity }: ReportedHookContext) => heard(entity.type === 'module' ? entity : entity.module),
      onTestCaseResult: (testCase: TestCase) => {
        heard(testCase.module);
        const result = testCase.result();
        const diagnostic = testCase.diagnostic();
        this.listener?.test({
          file: testCase.module.moduleId,
          name: testCase.name,
          fullName: fullNameOf(testCase),
          state: result.state as TestState,
          meta: (testCase.meta() as Record<string, unknown>)[META_KEY] as CheckMeta | undefined,
          errors: reportedErrors(result.errors),
          durationMs: Math.round(diagnostic?.duration ?? 0),
        });
      },
      onTestModuleEnd: (module: TestModule) => {
        this.listener?.finished?.(module.moduleId);
        this.listener?.module({ file: module.moduleId, state: module.state() as TestState, errors: reportedErrors(module.errors()) });
      },
      onTestRunEnd: (_modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedLike>) => {
        if (errors.length > 0) this.listener?.runErrors(reportedErrors(errors));
      },
    };
    this.vitest = await createVitest(
      'test',
      {
        root: this.root,
        dir: testsDir,
        include: ['**/*.vouch.test.ts'],
        exclude: [],
        watch: false,
        config: false,
        pool: 'threads',
        // vitest's default (cores - 1) leaves one worker on a 2-core machine: a hanging file then
        // holds up every other. The runner's main thread mostly waits, so use every core.
        maxWorkers: this.workers ?? Math.max(2, availableParallelism()),
        globals: true,
        setupFiles: [this.assets.sandboxEntry],
        env: this.assets.workerEnv,
        reporters: [reporter],
        // Vitest's defaults, for the workspace's own tests; generated checks set no timeout (their
        // calls have their own) in their describe block.
        testTimeout: 5_000,
        hookTimeout: 10_000,
        teardownTimeout: 1_000,
        silent: true,
        passWithNoTests: true,
        // Missing snapshots of the workspace's tests fail instead of being written.
        update: 'none',
      },
      {
        plugins: [
          servedModulesPlugin({
            state: this.state,
            isGeneratedTest: (file) => file.startsWith(testsDir + path.sep),
            fastCheckEntry: this.assets.fastCheckEntry,
            harnessEntry: this.assets.harnessEntry,
          }),
        ],
        resolve: { tsconfigPaths: true },
        server: { watch: null },
        cacheDir: this.viteCacheDir,
      },
    );
    return this.vitest;
  }

  /** Forgets cached transforms of every file whose text may differ from the last run. */
  private invalidate(vitest: Vitest, request: RunRequest): void {
    const changed = new Set<string>([
      ...request.testFiles,
      ...Object.keys(request.overlays),
      ...Object.keys(request.baselines),
      ...this.state.overlays.keys(),
      ...this.state.baselines.keys(),
    ]);
    for (const [file, seen] of this.seenTimes) {
      let now = -1;
      try {
        now = statSync(file).mtimeMs;
      } catch {
        // deleted: invalidate
      }
      if (now !== seen) changed.add(file);
    }
    for (const file of changed) vitest.invalidateFile(file);
  }

  private rememberServedFiles(vitest: Vitest): void {
    for (const module of vitest.getRootProject().vite.moduleGraph.idToModuleMap.values()) {
      const file = module.file;
      if (!file || file.includes(`${path.sep}node_modules${path.sep}`) || this.seenTimes.has(file)) continue;
      try {
        this.seenTimes.set(file, statSync(file).mtimeMs);
      } catch {
        // virtual or gone
      }
    }
  }

  async run(request: RunRequest, listener: SessionListener): Promise<void> {
    const vitest = await this.instance();
    this.invalidate(vitest, request);
    this.state.overlays = new Map(Object.entries(request.overlays));
    this.state.baselines = new Map(Object.entries(request.baselines));
    this.state.baselineAsCurrent = new Set(request.baselineAsCurrent ?? []);
    this.state.addedExports = new Map(Object.entries(request.addedExports));
    this.listener = listener;
    try {
      const project = vitest.getRootProject();
      await vitest.runTestSpecifications(request.testFiles.map((file) => project.createSpecification(file)));
    } finally {
      this.listener = undefined;
      this.rememberServedFiles(vitest);
    }
  }

  async close(): Promise<void> {
    const vitest = this.vitest;
    this.vitest = undefined;
    await vitest?.close();
  }
}
