// "Generate tests": the one time Vouch writes into the workspace, because the user asked. For a
// file's exported functions (or one of them) it writes a test file in the project's framework and
// place, with characterization examples recorded by running the current code in the sandboxed
// runner, and the properties Vouch checks, when the workspace has fast-check. Run again, it adds
// only what is missing: the user's edits stay, deleted tests stay deleted.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { VouchError } from '../errors';
import type { Logger } from '../logger';
import type { RunnerClient } from '../runner/runnerClient';
import type { WorkspaceCache } from '../workspace/cacheFolder';
import { detectTestFramework, testFilePathFor } from '../workspace/testFramework';
import type { WorkspaceProject } from '../workspace/tsProject';
import { characterizeSubjects, confirmTests } from './characterize';
import type { Characterization, RunContext } from './characterize';
import { chooseExamples, DEFAULT_EXAMPLE_LIMITS, exampleTest } from './exampleTests';
import type { ExampleLimits } from './exampleTests';
import { recordedIds } from './generatedIds';
import { generationSubject, selectDeclarations } from './generationSubjects';
import type { GenerationSubject } from './generationSubjects';
import { existingTests, mergeTestFile } from './mergeTestFile';
import { propertyTests } from './propertyTests';
import type { Framework } from './testFileComposer';
import { typeErrorsIn } from './typeCheck';
import { extensionStyleOf, fastCheckAvailable, moduleSpecifier } from './workspaceImports';

export interface GenerateTestsRequest {
  root: string;
  /** The source file, absolute or relative to the root. */
  file: string;
  /** One declaration's qualified name (`bulkPrice`, `Cart.add`); every exported one when absent. */
  declaration?: string;
  /** Unsaved editor buffers by absolute path: the code characterized, and the test file's text. */
  overlays?: ReadonlyMap<string, string>;
  signal?: AbortSignal;
  options?: Partial<GenerateOptions>;
  /** False: compute the file without writing it (an editor applies `text` as an edit to an open document). */
  write?: boolean;
}

export interface GenerateOptions {
  examples: ExampleLimits;
  /** Random inputs drawn after the edge values (the examples then keep a few with new outcomes). */
  random: number;
  /** A call that has not answered after this long is not recorded. */
  callTimeoutMs: number;
}

/** What was written. Fits the protocol's `GenerateTestsResult` (shared/src/protocol.ts). */
export interface GenerateTestsResult {
  /** The test file, absolute, and as a file: URI. */
  file: string;
  uri: string;
  framework: Framework;
  /** The file did not exist before. */
  created: boolean;
  /** Names of the tests added by this call. */
  added: string[];
  /** Names of tests generated earlier for these declarations, still in the file as the user left them. */
  kept: string[];
  /** What was left out and why (not exported, crashes found, inputs with no literal form). */
  notes: string[];
  /** The test file's text after this call (unchanged when nothing was added). */
  text: string;
}

export interface GenerationParts {
  runner: RunnerClient;
  project: WorkspaceProject;
  cache: WorkspaceCache;
  logger: Logger;
}

const DEFAULTS: GenerateOptions = { examples: DEFAULT_EXAMPLE_LIMITS, random: 12, callTimeoutMs: 2_000 };
const SOURCE_EXTENSION = /\.(?:[cm]?ts|tsx)$/;

export async function generateTests(parts: GenerationParts, request: GenerateTestsRequest): Promise<GenerateTestsResult> {
  const options = { ...DEFAULTS, ...request.options };
  const root = request.root;
  const overlays = request.overlays ?? new Map<string, string>();
  const file = path.resolve(root, request.file);
  if (!SOURCE_EXTENSION.test(file) || /\.d\.[cm]?ts$/.test(file)) throw new VouchError('INVALID_OPTION', `not a TypeScript source file: ${request.file}`);
  const text = overlays.get(file) ?? readText(file);
  if (text === undefined) throw new VouchError('PATH_NOT_FOUND', `no such file: ${request.file}`);
  const relativePath = path.relative(root, file).split(path.sep).join('/');

  const detection = await detectTestFramework(root, { signal: request.signal });
  const framework: Framework = detection.framework === 'jest' ? 'jest' : 'vitest';
  const testFile = testFilePathFor(file, detection, root);
  const existing = overlays.get(testFile) ?? readText(testFile);

  const sourceFile = parts.project.currentFile(file, text);
  const { chosen, skipped } = selectDeclarations(sourceFile, request.declaration);
  const notes = skipped.map((s) => `${s.name}: ${s.reason}`);
  const subjects = chosen.map((declaration) => generationSubject(declaration, { root, file, relativePath }));
  const context: RunContext = { ...parts, root, file, text, relativePath, overlays, callTimeoutMs: options.callTimeoutMs, random: options.random, signal: request.signal };
  const characterized = await characterizeSubjects(context, subjects);

  const fastCheck = fastCheckAvailable(testFile, root);
  const exportedNames = new Set(sourceFile.getExportedDeclarations().keys());
  const groups = subjects.map((subject) => {
    const answer = characterized.get(subject.id);
    notes.push(...recordingNotes(subject, answer));
    const recorded = answer && 'meta' in answer ? answer.meta.examples : [];
    const constants = 'plan' in subject.cache ? subject.cache.plan.constants.numbers : [];
    const examples = chooseExamples(recorded, options.examples, constants).map((example) => exampleTest(subject, example, { exportedNames, file }));
    // A declaration that hangs on some input would hang its properties too (found only after a long wait).
    const hangs = answer !== undefined && 'meta' in answer && answer.meta.skipped.hangs !== undefined;
    if (hangs && fastCheck) notes.push(`${subject.declaration.qualifiedName}: properties left out: some inputs make it hang`);
    return { subject, tests: [...examples, ...(fastCheck && !hangs ? propertyTests(subject, recorded) : [])] };
  });

  // Run what is about to be written, as written; only tests that pass on the current code stay.
  const known = existing === undefined ? new Set<string>() : recordedIds(existing);
  const toConfirm = groups.map((g) => ({ subject: g.subject, tests: g.tests.filter((t) => !known.has(t.id)) }));
  const { passed, failed } = await confirmTests(context, toConfirm);
  for (const [id, message] of failed) notes.push(`${id}: left out: it does not pass on the current code (${message.split('\n')[0]})`);
  const confirmed = toConfirm.flatMap((g) => g.tests.filter((t) => passed.has(t.id)));

  const fastCheckNote = !fastCheck && subjects.some((s) => s.workspace !== undefined);
  const composeOptions = {
    framework,
    jestGlobalsImport: framework === 'jest' && declaresPackage(root, '@jest/globals'),
    relativeSource: relativePath,
    specifier: (target: string) => moduleSpecifier(testFile, target, extensionStyleOf(text, root)),
    fastCheckNote: fastCheckNote && confirmed.length > 0,
    testFile,
  };
  let merged = mergeTestFile(existing, confirmed, composeOptions);
  // Vitest ran them without their types: a test the project's compiler rejects is left out too.
  const typeErrors = typeErrorsIn(parts.project.current, testFile, merged.text, new Set(confirmed.map((t) => t.id)));
  if (typeErrors.size > 0) {
    for (const [id, message] of typeErrors) notes.push(`${id}: left out: type error: ${message}`);
    merged = mergeTestFile(existing, confirmed.filter((t) => !typeErrors.has(t.id)), composeOptions);
  }
  const created = existing === undefined && merged.added.length > 0;
  const written = existing !== undefined || created;
  if (request.write !== false && written && merged.text !== existing) {
    mkdirSync(path.dirname(testFile), { recursive: true });
    writeFileSync(testFile, merged.text);
  }
  if (!written) notes.push('nothing to write: no test could be generated that passes on the current code and type-checks');
  const names = new Set(subjects.map((s) => s.declaration.qualifiedName));
  const kept = existingTests(existing ?? '').filter((t) => names.has(t.id.slice(0, t.id.lastIndexOf('#'))));
  parts.logger.verbose?.(`generate: ${path.relative(root, testFile)}: ${merged.added.length} added, ${kept.length} kept`);
  return { file: testFile, uri: pathToFileURL(testFile).href, framework, created, added: merged.added, kept: kept.map((t) => t.name), notes, text: written ? merged.text : '' };
}

/** Why a declaration got no examples, or how many of its inputs were left out and why. */
function recordingNotes(subject: GenerationSubject, answer: Characterization | undefined): string[] {
  const name = subject.declaration.qualifiedName;
  if (!answer) return [];
  if ('reason' in answer) return [`${name}: no examples: ${answer.reason}`];
  return Object.entries(answer.meta.skipped).map(([reason, count]) => `${name}: ${count} input${count === 1 ? '' : 's'} left out: ${reason}`);
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function declaresPackage(root: string, name: string): boolean {
  const manifest = path.join(root, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    const json = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, Record<string, string> | undefined>;
    return ['dependencies', 'devDependencies'].some((field) => json[field]?.[name] !== undefined);
  } catch {
    return false;
  }
}
