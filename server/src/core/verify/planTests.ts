// Step two: for each target declaration, the checks that can run and the generated test file
// that runs them. A type that cannot be generated leaves the doctests; a missing baseline or a
// changed signature leaves out the behaviour comparison, and the verdict says so.
import { Node, SyntaxKind } from 'ts-morph';
import type { DeclarationChange } from '../changes/changedDeclarations';
import { doctestsOf } from '../checks/doctestExamples';
import { contentHash, seedFor, subjectId } from '../generate/seeds';
import { subjectCall } from '../generate/subjectCall';
import { TestFileRefs } from '../generate/runtimeRefs';
import { writeTestFile } from '../generate/testFileWriter';
import type { MemberInputs, SetupMethod } from '../generate/subjectInputs';
import type { InputPlan } from '../inputs/inputPlan';
import { planConstructorInputs, planInputs } from '../inputs/planInputs';
import type { BaselineSource, ChangeKind, DeclarationRef } from '../model';
import type { Target } from '../verdicts/target';
import type { WorkspaceCache } from '../workspace/cacheFolder';
import { generatedTestPath } from '../workspace/cacheFolder';
import type { ChangedFile } from './collectTargets';

export interface PlanOptions {
  root: string;
  cache: WorkspaceCache;
  runs: number;
  timeoutMs: number;
  seed?: number;
  baseLabel: string | null;
  /** Texts of the other changed files this file imports, for the content hash. */
  dependencyTexts: (file: ChangedFile) => string[];
  engineVersion: string;
}

export interface PlannedTarget {
  target: Target;
  /** The generated test's text, when there is something to run. */
  testText?: string;
}

const CHANGE_LABELS: Record<ChangeKind, (base: string | null) => string> = {
  changed: (base) => `changed since ${base ?? 'the baseline'}`,
  new: () => 'new',
  affected: () => 'unchanged but calls changed code',
};

export function baselineNote(baseline: BaselineSource): string | undefined {
  if (baseline.kind !== 'none') return undefined;
  if (baseline.reason === 'untracked') return 'no baseline: the file is not tracked by git, so behaviour is not compared';
  if (baseline.reason === 'not-a-git-repository') return 'no baseline: not a git repository, so behaviour is not compared';
  return 'no baseline: the file is new, so behaviour is not compared';
}

function jsDocHolder(change: DeclarationChange): Node {
  const holder = change.declaration.holder;
  return Node.isVariableDeclaration(holder) ? (holder.getVariableStatement() ?? holder) : holder;
}

function declarationRef(file: ChangedFile, change: DeclarationChange): DeclarationRef {
  const { declaration } = change;
  return {
    file: file.file,
    relativePath: file.relativePath,
    qualifiedName: declaration.qualifiedName,
    kind: declaration.kind,
    span: declaration.span,
    exported: declaration.exported,
  };
}

function replayCommand(relativePath: string, qualifiedName: string, seed: number): string {
  return `vouch verify ${relativePath} --only ${qualifiedName} --seed ${seed}`;
}

export function planTarget(file: ChangedFile, change: DeclarationChange, options: PlanOptions): PlannedTarget {
  const { declaration } = change;
  const ref = declarationRef(file, change);
  const id = subjectId(file.relativePath, declaration.qualifiedName);
  const seed = options.seed ?? seedFor(id);
  const notes: string[] = [];
  const compare = file.oldText !== null && change.change !== 'new' && !change.signatureChanged;
  const missingBaseline = baselineNote(file.baseline);
  if (missingBaseline) notes.push(missingBaseline);
  else if (change.change === 'new') notes.push(`new declaration: nothing to compare with in ${options.baseLabel ?? 'the baseline'}`);
  if (change.signatureChanged) notes.push('the signature changed, so old and new behaviour are not compared');
  const added = change.baselineArity === undefined ? 0 : declaration.fn.getParameters().length - change.baselineArity;
  if (compare && added > 0) notes.push(`old and new behaviour are compared on calls without the new optional parameter${added > 1 ? 's' : ''}`);
  if (change.change === 'affected') notes.push(`checked because it calls ${change.dependsOn.join(', ')}`);
  if (change.calledBy) notes.push(`a new helper that is not exported: its crashes and hangs count only through its callers (${change.calledBy.join(', ')})`);

  const refs = new TestFileRefs(file.file, options.root);
  let unverifiable: string | undefined;
  let plan: InputPlan | undefined;
  let member: MemberInputs | undefined;
  const fn = declaration.fn;
  const planned = Node.isConstructorDeclaration(fn) ? planConstructorInputs(declaration.owner!, refs) : planInputs(fn, refs, compare && change.previous ? { baselineBody: change.previous.fn } : {});
  if (!planned.ok) unverifiable = planned.reason;
  else plan = planned.plan;
  const call = subjectCall(declaration, plan?.spreadLast ?? false);
  if (plan && call.construct && declaration.owner) {
    if (declaration.owner.isAbstract()) unverifiable = `cannot build an instance of abstract class \`${declaration.owner.getName()}\``;
    else {
      const ctor = planConstructorInputs(declaration.owner, refs);
      if (ctor.ok) member = { className: declaration.owner.getName() ?? 'default', constructorPlan: ctor.plan, setup: setupMethods(declaration, refs) };
      else unverifiable = ctor.reason;
    }
  }
  if (unverifiable) plan = undefined;
  if (plan?.notes) notes.push(...plan.notes);

  const doctests = doctestsOf(jsDocHolder(change));
  const returnTypeNode = declaration.fn.getReturnTypeNode();
  const returnTypeText = declaration.kind === 'constructor' ? undefined : returnTypeNode?.getText();
  const hash = contentHash(
    options.engineVersion,
    id,
    change.change,
    file.newText,
    file.oldText ?? '',
    ...options.dependencyTexts(file),
    String(options.runs),
    String(options.timeoutMs),
    String(seed),
  );
  const target: Target = {
    id,
    ref,
    info: declaration,
    change: change.change,
    baseline: file.baseline,
    compare,
    seed,
    notes,
    checks: [],
    ...(change.calledBy ? { reachedThrough: change.calledBy } : {}),
    unverifiable,
    contentHash: hash,
  };
  if (!plan && doctests.length === 0) return { target };

  const testFile = generatedTestPath(options.cache, file.relativePath, declaration.qualifiedName);
  const written = writeTestFile({
    id,
    qualifiedName: declaration.qualifiedName,
    relativePath: file.relativePath,
    file: file.file,
    line: declaration.span.startLine,
    root: options.root,
    changeLabel: CHANGE_LABELS[change.change](options.baseLabel),
    seed,
    numRuns: options.runs,
    timeBudgetMs: options.timeoutMs,
    callTimeoutMs: options.timeoutMs,
    call,
    plan,
    member,
    returnTypeText,
    baselineLabel: compare ? (options.baseLabel ?? 'the baseline') : undefined,
    baselineArity: compare ? change.baselineArity : undefined,
    doctests,
    moduleNames: moduleNames(declaration.fn.getSourceFile()),
    imports: refs.imports,
    replayCommand: replayCommand(file.relativePath, declaration.qualifiedName, seed),
  });
  target.testFile = testFile;
  target.checks = written.checks;
  return { target, testText: written.text };
}

/** Most setup methods offered for calls made on an instance before the call under test. */
const MAX_SETUP_METHODS = 8;

/** The class's other public instance methods whose inputs can be generated. */
function setupMethods(declaration: DeclarationChange['declaration'], refs: TestFileRefs): SetupMethod[] {
  const owner = declaration.owner!;
  const memberName = declaration.qualifiedName.slice(declaration.qualifiedName.lastIndexOf('.') + 1);
  const methods: SetupMethod[] = [];
  for (const method of owner.getMethods()) {
    if (methods.length >= MAX_SETUP_METHODS) break;
    if (method.isStatic() || !method.hasBody() || method.getName() === memberName) continue;
    if (Node.isPrivateIdentifier(method.getNameNode()) || method.hasModifier(SyntaxKind.PrivateKeyword) || method.hasModifier(SyntaxKind.ProtectedKeyword)) continue;
    const planned = planInputs(method, refs);
    if (!planned.ok) continue;
    methods.push({ name: method.getName(), tuple: planned.plan.tuple, signature: planned.plan.parameters.map((p) => `${p.name}: ${p.typeText}`).join(', ') });
  }
  return methods;
}

/** Top-level value names of a file: what a doctest may use. */
function moduleNames(sourceFile: import('ts-morph').SourceFile): string[] {
  const names = new Set<string>();
  for (const fn of sourceFile.getFunctions()) if (fn.getName()) names.add(fn.getName()!);
  for (const cls of sourceFile.getClasses()) if (cls.getName()) names.add(cls.getName()!);
  for (const en of sourceFile.getEnums()) names.add(en.getName());
  for (const statement of sourceFile.getVariableStatements()) for (const d of statement.getDeclarations()) names.add(d.getName());
  return [...names].filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
}
