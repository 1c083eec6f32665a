// Runs the "Generate tests" cache files in the warm, sandboxed runner (user code never runs in the
// engine's process) and collects what they report: the recorded examples of each declaration,
// then which of the tests about to be written pass on the current code.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { unexportedNames } from '../generate/unexportedNames';
import type { Logger } from '../logger';
import type { RunnerClient } from '../runner/runnerClient';
import type { TestMessage } from '../runner/runnerProtocol';
import type { CharacterizationMeta } from '../runtime/characterizeMeta';
import { isCharacterization } from '../runtime/characterizeMeta';
import { emptyResults, notFinished } from '../verify/runResults';
import type { RunResults } from '../verify/runResults';
import { runAll } from '../verify/runTargets';
import type { WorkspaceCache } from '../workspace/cacheFolder';
import { generatedTestPath } from '../workspace/cacheFolder';
import { characterizationFileText, confirmationFileText } from './cacheTestFiles';
import type { GeneratedTest } from './generatedTest';
import type { GenerationSubject } from './generationSubjects';

export interface RunContext {
  runner: RunnerClient;
  logger: Logger;
  root: string;
  cache: WorkspaceCache;
  /** The subject's file, absolute, and its current text (editor buffer or disk). */
  file: string;
  text: string;
  relativePath: string;
  overlays: ReadonlyMap<string, string>;
  callTimeoutMs: number;
  random: number;
  signal?: AbortSignal;
}

/** Longest a confirmed test may go without progress before the runner calls it a hang. */
const CONFIRM_HANG_MS = 10_000;

export type Characterization = { meta: CharacterizationMeta } | { reason: string };

async function runFiles(context: RunContext, files: Map<string, string>, subjectOf: Map<string, string>, timeoutMs: number): Promise<RunResults> {
  for (const [file, text] of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const fileOf = (subject: string) => [...subjectOf].find(([, s]) => s === subject)?.[0];
  return runAll(
    context.runner,
    {
      root: context.root,
      testsDir: context.cache.testsDir,
      targets: [],
      related: [],
      overlays: Object.fromEntries(context.overlays),
      baselines: {},
      addedExports: { [`${context.file}?vouch=current`]: unexportedNames(context.text, context.file) },
      timeoutMs,
      signal: context.signal,
    },
    [...files.keys()],
    emptyResults(),
    { fileOf, onGiveUp: (hang) => fileOf(hang.subject) },
  );
}

/** Why a cache file reported nothing usable. */
function failureOf(results: RunResults, file: string, tests: TestMessage[]): string {
  const moduleError = results.modules.get(file)?.errors[0]?.message;
  if (moduleError) return `the recording test could not run: ${moduleError}`;
  const unfinished = notFinished(results, file);
  if (unfinished) return unfinished;
  return tests[0]?.errors[0]?.message ?? 'the recording test reported nothing';
}

/** Calls each declaration on its chosen inputs in the runner; what each did, by subject id. */
export async function characterizeSubjects(context: RunContext, subjects: readonly GenerationSubject[]): Promise<Map<string, Characterization>> {
  const answers = new Map<string, Characterization>();
  const files = new Map<string, string>();
  const subjectOf = new Map<string, string>();
  for (const subject of subjects) {
    const text = characterizationFileText(subject, { ...context, random: context.random });
    if (text === undefined) {
      answers.set(subject.id, { reason: 'reason' in subject.cache ? subject.cache.reason : 'no inputs' });
      continue;
    }
    const file = generatedTestPath(context.cache, context.relativePath, `${subject.declaration.qualifiedName}.characterize`);
    files.set(file, text);
    subjectOf.set(file, subject.id);
  }
  if (files.size === 0) return answers;
  const results = await runFiles(context, files, subjectOf, context.callTimeoutMs);
  for (const [file, id] of subjectOf) {
    const tests = results.tests.get(file) ?? [];
    const meta = tests.map((t) => t.meta as unknown).find(isCharacterization);
    answers.set(id, meta ? { meta } : { reason: failureOf(results, file, tests) });
    if (!meta) context.logger.verbose?.(`generate: ${id}: ${failureOf(results, file, tests)}`);
  }
  return answers;
}

/** Runs the tests about to be written; the ids of those that pass on the current code. */
export async function confirmTests(
  context: RunContext,
  groups: readonly { subject: GenerationSubject; tests: readonly GeneratedTest[] }[],
): Promise<{ passed: Set<string>; failed: Map<string, string> }> {
  const files = new Map<string, string>();
  const subjectOf = new Map<string, string>();
  for (const { subject, tests } of groups) {
    if (tests.length === 0) continue;
    const file = generatedTestPath(context.cache, context.relativePath, `${subject.declaration.qualifiedName}.confirm`);
    files.set(file, confirmationFileText(subject, tests, context.file));
    subjectOf.set(file, subject.id);
  }
  const passed = new Set<string>();
  const failed = new Map<string, string>();
  if (files.size === 0) return { passed, failed };
  const results = await runFiles(context, files, subjectOf, CONFIRM_HANG_MS - 500);
  for (const file of files.keys()) {
    const tests = results.tests.get(file) ?? [];
    for (const test of tests) {
      if (test.state === 'passed') passed.add(test.name);
      else failed.set(test.name, test.errors[0]?.message ?? test.state);
    }
    if (tests.length === 0) context.logger.verbose?.(`generate: ${subjectOf.get(file)}: ${failureOf(results, file, tests)}`);
  }
  return { passed, failed };
}
