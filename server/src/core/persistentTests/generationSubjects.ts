// Which declarations of a file get tests, and what each needs: how a test file in the workspace
// reaches it (an import of the exported name), inputs planned twice (once for the characterization
// run in Vouch's cache, where `current.X` reaches any declaration of the module, once for the
// properties written into the workspace, where only exported declarations can be imported).
import { Node } from 'ts-morph';
import type { SourceFile } from 'ts-morph';
import type { DeclarationInfo } from '../changes/declarations';
import { listDeclarations } from '../changes/declarations';
import { VouchError } from '../errors';
import { TestFileRefs } from '../generate/runtimeRefs';
import { seedFor, subjectId } from '../generate/seeds';
import { subjectCall } from '../generate/subjectCall';
import type { SubjectCall } from '../generate/subjectCall';
import type { InputPlan } from '../inputs/inputPlan';
import { planConstructorInputs, planInputs } from '../inputs/planInputs';
import { ImportSet, WorkspaceRefs } from './workspaceImports';

export interface GenerationSubject {
  declaration: DeclarationInfo;
  /** `src/pricing.ts#bulkPrice`: progress records, seeds. */
  id: string;
  seed: number;
  call: SubjectCall;
  /** Inputs for the characterization run (cache refs), or why there are none. */
  cache: { plan: InputPlan; constructorPlan?: InputPlan; refs: TestFileRefs } | { reason: string };
  /** Inputs for properties written into the workspace (imports only), when they can be written. */
  workspace?: { plan: InputPlan; constructorPlan?: InputPlan };
  /** Imports the workspace test needs; the subject's own import comes first. */
  imports: ImportSet;
  /** Reaches exported workspace declarations from the test file (adding imports). */
  refs: WorkspaceRefs;
  /** How the test file names what it calls: `bulkPrice`, `Cart` (for `Cart.add`), `util` (for `util.join`). */
  head: string;
}

export interface SkippedDeclaration {
  name: string;
  reason: string;
}

const MEMBER_KINDS = new Set(['method', 'getter']);

/** The top-level name a qualified name is reached through. */
function headOf(declaration: DeclarationInfo): string {
  return declaration.qualifiedName.split('.')[0];
}

/** `export default function greet…`, `export default class Cart…`. */
function isDefaultExport(declaration: DeclarationInfo): boolean {
  const top = declaration.owner ?? declaration.holder;
  return Node.isExportable(top) && top.isDefaultExport();
}

/**
 * The declarations to generate tests for: the one asked for, else every exported function,
 * method and getter of the file (constructors are exercised through their methods).
 */
export function selectDeclarations(sourceFile: SourceFile, only: string | undefined): { chosen: DeclarationInfo[]; skipped: SkippedDeclaration[] } {
  const all = listDeclarations(sourceFile).filter((d) => d.kind !== 'constructor');
  if (only !== undefined) {
    const found = all.find((d) => d.qualifiedName === only);
    if (!found) {
      const names = all.filter((d) => d.exported).map((d) => d.qualifiedName);
      throw new VouchError('INVALID_OPTION', `no function \`${only}\` in ${sourceFile.getBaseName()}`, names.length > 0 ? `exported functions: ${names.join(', ')}` : undefined);
    }
    if (!found.exported) {
      throw new VouchError('INVALID_OPTION', `\`${only}\` is not exported, so a test file cannot import it`, 'export it, or generate tests for an exported function that calls it');
    }
    return { chosen: [found], skipped: [] };
  }
  const skipped = all.filter((d) => !d.exported).map((d) => ({ name: d.qualifiedName, reason: 'not exported, so a test file cannot import it' }));
  return { chosen: all.filter((d) => d.exported), skipped };
}

export function generationSubject(declaration: DeclarationInfo, options: { root: string; file: string; relativePath: string }): GenerationSubject {
  const id = subjectId(options.relativePath, declaration.qualifiedName);
  const fn = declaration.fn;
  if (Node.isConstructorDeclaration(fn)) throw new Error('constructors are not generation subjects');
  const imports = new ImportSet();
  const headName = headOf(declaration);
  // The subject's own import first: `import { bulkPrice } from '../src/pricing'` (or its default import).
  const head = isDefaultExport(declaration) ? imports.add(options.file, 'default', defaultLocalName(declaration, options.file)) : imports.add(options.file, headName);
  const member = MEMBER_KINDS.has(declaration.kind) ? declaration.owner : undefined;

  const cacheRefs = new TestFileRefs(options.file, options.root);
  let cache: GenerationSubject['cache'];
  const planned = planInputs(fn, cacheRefs);
  if (!planned.ok) cache = { reason: planned.reason };
  else if (member?.isAbstract()) cache = { reason: `cannot build an instance of abstract class \`${member.getName()}\`` };
  else if (member) {
    const ctor = planConstructorInputs(member, cacheRefs);
    cache = ctor.ok ? { plan: planned.plan, constructorPlan: ctor.plan, refs: cacheRefs } : { reason: ctor.reason };
  } else cache = { plan: planned.plan, refs: cacheRefs };

  const refs = new WorkspaceRefs(options.root, imports);
  let workspace: GenerationSubject['workspace'];
  const forWorkspace = planInputs(fn, refs);
  if (forWorkspace.ok && !member) workspace = { plan: forWorkspace.plan };
  else if (forWorkspace.ok && member && !member.isAbstract()) {
    const ctor = planConstructorInputs(member, refs);
    if (ctor.ok) workspace = { plan: forWorkspace.plan, constructorPlan: ctor.plan };
  }
  return { declaration, id, seed: seedFor(id), call: subjectCall(declaration, planned.ok && planned.plan.spreadLast), cache, workspace, imports, refs, head };
}

/** A default-exported function or class is imported under its own name, else the file's. */
function defaultLocalName(declaration: DeclarationInfo, file: string): string {
  const holder = declaration.owner ?? declaration.holder;
  const own = Node.hasName(holder) ? holder.getName() : undefined;
  if (own && /^[A-Za-z_$][\w$]*$/.test(own)) return own;
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[^\w$]+(\w)/g, (_, c: string) => c.toUpperCase());
  return /^[A-Za-z_$]/.test(base) ? base : `subject${base}`;
}
