// Which declarations of a file changed between two versions, which are new, and which unchanged
// ones are affected because they call a changed one (or read a changed top-level constant).
import { Node, SyntaxKind } from 'ts-morph';
import type { SourceFile } from 'ts-morph';
import type { ChangeKind } from '../model';
import { listDeclarations, normalizeCode } from './declarations';
import type { DeclarationInfo } from './declarations';

export interface DeclarationChange {
  declaration: DeclarationInfo;
  change: ChangeKind;
  /** The twin in the old version, when there is one. */
  previous?: DeclarationInfo;
  /** The parameters take different calls (types, optional, rest): old and new cannot be called alike. */
  signatureChanged: boolean;
  /** The new version only adds optional parameters after the old ones: old and new are called
   *  alike with this many arguments (the new ones left out). */
  baselineArity?: number;
  /** For `affected`: the changed names it depends on. */
  dependsOn: string[];
  /** For a new declaration that is not exported: the declarations of the file that call it (a
   *  private helper is only ever called as they call it). */
  calledBy?: string[];
}

/** Top-level `const`/`let` values that are not functions, by name, normalized. */
function topLevelValues(sourceFile: SourceFile): Map<string, string> {
  const values = new Map<string, string>();
  for (const statement of sourceFile.getVariableStatements()) {
    for (const declaration of statement.getDeclarations()) {
      const initializer = declaration.getInitializer();
      if (!initializer || Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)) continue;
      values.set(declaration.getName(), normalizeCode(declaration));
    }
  }
  return values;
}

/** Class fields that are values (not methods written as properties), as `Class.field`, normalized. */
function classFields(sourceFile: SourceFile): Map<string, string> {
  const fields = new Map<string, string>();
  for (const cls of sourceFile.getClasses()) {
    for (const property of cls.getProperties()) {
      const initializer = property.getInitializer();
      if (initializer && (Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer))) continue;
      fields.set(`${cls.getName() ?? 'default'}.${property.getName()}`, normalizeCode(property));
    }
  }
  return fields;
}

/** Names a declaration's body refers to: identifiers, and `this.x` / `obj.x` member names. */
export function referencedNames(declaration: DeclarationInfo): Set<string> {
  const names = new Set<string>();
  for (const identifier of declaration.holder.getDescendantsOfKind(SyntaxKind.Identifier)) {
    if (!inTypePosition(identifier, declaration.holder)) names.add(identifier.getText());
  }
  return names;
}

/** A name used only as a type (`inst: $ZodMap`, `as Cart`, `implements Shape`) runs nothing of it;
 *  a base class (`extends Base`) and an instantiation (`make<T>`) do. */
function inTypePosition(identifier: Node, holder: Node): boolean {
  for (let node = identifier.getParent(); node && node !== holder; node = node.getParent()) {
    if (Node.isExpressionWithTypeArguments(node)) {
      const clause = node.getParent();
      return Node.isHeritageClause(clause) && clause.getToken() === SyntaxKind.ImplementsKeyword;
    }
    if (Node.isTypeNode(node)) return true;
  }
  return false;
}

function memberName(qualifiedName: string): string {
  const dot = qualifiedName.lastIndexOf('.');
  return dot === -1 ? qualifiedName : qualifiedName.slice(dot + 1);
}

function className(qualifiedName: string): string | undefined {
  const dot = qualifiedName.lastIndexOf('.');
  return dot === -1 ? undefined : qualifiedName.slice(0, dot);
}

/** Whether old and new take the same calls, or the new one only adds optional parameters. */
export function compareSignatures(before: readonly string[], after: readonly string[]): Pick<DeclarationChange, 'signatureChanged' | 'baselineArity'> {
  const same = (count: number) => before.slice(0, count).every((parameter, i) => parameter === after[i]);
  if (before.length === after.length && same(before.length)) return { signatureChanged: false };
  const added = after.slice(before.length);
  const onlyOptionalAdded = after.length > before.length && same(before.length) && added.every((p) => p.endsWith(' ?') && !p.startsWith('...'));
  return onlyOptionalAdded ? { signatureChanged: false, baselineArity: before.length } : { signatureChanged: true };
}

/**
 * Compares the declarations of two versions of a file. Without an old version every declaration
 * is new. `alsoChanged` names declarations changed elsewhere (imported ones) that make callers
 * in this file affected.
 */
export function diffDeclarations(
  oldFile: SourceFile | undefined,
  newFile: SourceFile,
  alsoChanged: ReadonlySet<string> = new Set(),
): DeclarationChange[] {
  const current = listDeclarations(newFile);
  if (!oldFile) {
    return current.map((declaration) => ({ declaration, change: 'new', signatureChanged: false, dependsOn: [] }));
  }
  const previousByName = new Map(listDeclarations(oldFile).map((d) => [d.qualifiedName, d]));
  const changes: DeclarationChange[] = [];
  const changedNames = new Set<string>(alsoChanged);

  const oldValues = topLevelValues(oldFile);
  for (const [name, code] of topLevelValues(newFile)) {
    if (oldValues.get(name) !== code) changedNames.add(name);
  }
  // A changed field initializer changes every instance: methods that read it are affected.
  const oldFields = classFields(oldFile);
  for (const [name, code] of classFields(newFile)) {
    if (oldFields.get(name) !== code) changedNames.add(name);
  }

  const unchanged: DeclarationInfo[] = [];
  for (const declaration of current) {
    const previous = previousByName.get(declaration.qualifiedName);
    if (!previous) {
      changes.push({ declaration, change: 'new', signatureChanged: false, dependsOn: [] });
      changedNames.add(declaration.qualifiedName);
    } else if (previous.normalizedCode !== declaration.normalizedCode) {
      changes.push({ declaration, change: 'changed', previous, ...compareSignatures(previous.callSignature(), declaration.callSignature()), dependsOn: [] });
      changedNames.add(declaration.qualifiedName);
    } else {
      unchanged.push(declaration);
    }
  }

  // Callers, to a fixed point: a caller of an affected declaration is affected too.
  let grew = true;
  const affected = new Map<DeclarationInfo, Set<string>>();
  while (grew) {
    grew = false;
    for (const declaration of unchanged) {
      if (affected.has(declaration)) continue;
      const names = referencedNames(declaration);
      const ownClass = className(declaration.qualifiedName);
      const hits = [...changedNames].filter((changed) => {
        const owner = className(changed);
        if (!owner) return names.has(changed);
        // A method: reached through its class name (statics) or through `this` within the class.
        return names.has(memberName(changed)) && (owner === ownClass || names.has(owner));
      });
      if (hits.length > 0) {
        affected.set(declaration, new Set(hits));
        changedNames.add(declaration.qualifiedName);
        grew = true;
      }
    }
  }
  for (const [declaration, dependsOn] of affected) {
    changes.push({ declaration, change: 'affected', previous: previousByName.get(declaration.qualifiedName), signatureChanged: false, dependsOn: [...dependsOn] });
  }
  for (const change of changes) {
    if (change.change !== 'new' || change.declaration.exported) continue;
    const callers = callersOf(change.declaration, current);
    if (callers.length > 0) change.calledBy = callers;
  }
  return changes.sort((a, b) => a.declaration.span.startLine - b.declaration.span.startLine);
}

/** The other declarations that call `callee` by name (a method: through `this`, in its class). */
function callersOf(callee: DeclarationInfo, declarations: readonly DeclarationInfo[]): string[] {
  const owner = className(callee.qualifiedName);
  return declarations
    .filter((d) => d !== callee && (!owner || className(d.qualifiedName) === owner) && referencedNames(d).has(memberName(callee.qualifiedName)))
    .map((d) => d.qualifiedName);
}
