// One test Vouch writes into a workspace file, before it is laid out: a stable id (kept in the
// file, so a second run knows what it already wrote, even after the user edited or deleted it),
// the describe block it belongs to, a readable name, and the body's statements.
import { contentHash } from '../generate/seeds';
import { stringCode } from '../inputs/valueCode';
import type { GenerationSubject } from './generationSubjects';
import type { ModuleImport } from './workspaceImports';

export interface GeneratedTest {
  /** `bulkPrice#1f2e3d4c`, `Cart.add#never-crashes`: never changes for the same input or property. */
  id: string;
  /** The describe block: the declaration's qualified name. */
  describe: string;
  name: string;
  async: boolean;
  /** The body's statements, one line each, not indented (nested lines carry their own indent). */
  body: string[];
  imports: ModuleImport[];
  /** Uses `fc`, imported from fast-check. */
  fastCheck: boolean;
}

export function exampleId(qualifiedName: string, inputText: string): string {
  return `${qualifiedName}#${contentHash(inputText).slice(0, 8)}`;
}

/** The imports a test body really uses (a plan may name a class only its validator needs). */
export function usedImports(imports: readonly ModuleImport[], body: readonly string[]): ModuleImport[] {
  const text = body.join('\n');
  return imports.filter((i) => new RegExp(`(?<![\\w$.])${i.local.replace(/\$/g, '\\$')}(?![\\w$])`).test(text));
}

/** A test name as a string literal, in the quotes that need no escapes when there is a choice. */
export function nameLiteral(name: string): string {
  if (!name.includes("'")) return stringCode(name);
  if (!name.includes('"')) return JSON.stringify(name);
  return `\`${name.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')}\``;
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** `bulkPrice`, `Cart.from`, `util.join`: the path from the imported name to the member. */
export function calleePath(subject: GenerationSubject): string {
  const [, ...rest] = subject.declaration.qualifiedName.split('.');
  return [subject.head, ...rest].join('.');
}

/** A variable for an instance of a class: `cart` for `Cart`, never a name already in use. */
export function instanceName(className: string, taken: ReadonlySet<string>): string {
  const base = className.charAt(0).toLowerCase() + className.slice(1);
  let name = base === className ? `${base}Instance` : base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  return name;
}

/** The member's name for a method or getter (`add` of `Cart.add`). */
export function memberName(subject: GenerationSubject): string {
  const name = subject.declaration.qualifiedName;
  return name.slice(name.lastIndexOf('.') + 1);
}

export function isInstanceMember(subject: GenerationSubject): boolean {
  return subject.declaration.kind === 'method' || subject.declaration.kind === 'getter';
}

/** `cart.add`, or `cart['odd name']`. */
export function memberAccess(owner: string, name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `${owner}.${name}` : `${owner}[${stringCode(name)}]`;
}
