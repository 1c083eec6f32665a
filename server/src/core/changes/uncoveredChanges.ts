// Changed code that no verified declaration covers: a value built by a call
// (`export const S = make((x) => …)`), a class field, a private `#method`, top-level statements.
// Vouch cannot call these directly; the report must say they changed rather than stay silent.
import { Node } from 'ts-morph';
import type { SourceFile } from 'ts-morph';
import type { DeclarationChange } from './changedDeclarations';
import { normalizeCode } from './declarations';

export interface UncoveredChange {
  startLine: number;
  endLine: number;
  /** What changed, in a few words: "`$ZodString` (built by a call)", "field `Cart.rate`". */
  what: string;
}

interface Unit {
  node: Node;
  label: string;
  /** The name checked declarations would read it by (`LIMIT`, `Cart.rate`). */
  readAs?: string[];
}

/** Runs nothing by itself: types, imports, declarations, and overload signatures (bodiless; the
 *  implementation below them is what runs and is verified). */
function isTypeOnly(node: Node): boolean {
  return (
    ((Node.isFunctionDeclaration(node) || Node.isMethodDeclaration(node) || Node.isConstructorDeclaration(node)) && !node.hasBody()) ||
    Node.isInterfaceDeclaration(node) ||
    Node.isTypeAliasDeclaration(node) ||
    Node.isImportDeclaration(node) ||
    Node.isExportDeclaration(node) ||
    (Node.isAmbientable(node) && node.hasDeclareKeyword())
  );
}

function nameOf(node: Node): string | undefined {
  if (Node.isVariableStatement(node)) return node.getDeclarations().map((d) => d.getName()).join(', ');
  if (Node.hasName(node)) return node.getName();
  return undefined;
}

/** The comparable pieces of a file: statements, class members, namespace bodies. */
function unitsOf(statements: readonly Node[], prefix = ''): Unit[] {
  const units: Unit[] = [];
  for (const statement of statements) {
    if (isTypeOnly(statement)) continue;
    const name = nameOf(statement);
    if (Node.isClassDeclaration(statement)) {
      for (const member of statement.getMembers()) {
        if (isTypeOnly(member)) continue;
        const memberName = Node.hasName(member) ? member.getName() : 'constructor';
        const kind = Node.isPropertyDeclaration(member) ? 'field' : Node.isSetAccessorDeclaration(member) ? 'setter' : 'member';
        const qualified = `${prefix}${name ?? 'class'}.${memberName}`;
        units.push({ node: member, label: `${kind} \`${qualified}\``, readAs: [`${name ?? 'default'}.${memberName}`] });
      }
    } else if (Node.isModuleDeclaration(statement) && statement.getBody()) {
      units.push(...unitsOf(statement.getStatements(), `${prefix}${statement.getName()}.`));
    } else if (Node.isVariableStatement(statement)) {
      const initializer = statement.getDeclarations()[0]?.getInitializer();
      const built = initializer && Node.isCallExpression(initializer) ? ' (a value built by a call)' : '';
      units.push({ node: statement, label: `\`${prefix}${name}\`${built}`, readAs: statement.getDeclarations().map((d) => d.getName()) });
    } else {
      units.push({ node: statement, label: name ? `\`${prefix}${name}\`` : 'top-level code' });
    }
  }
  return units;
}

export function uncoveredChanges(oldFile: SourceFile | undefined, newFile: SourceFile, changes: readonly DeclarationChange[]): UncoveredChange[] {
  if (!oldFile) return [];
  const before = new Set(unitsOf(oldFile.getStatements()).map((u) => normalizeCode(u.node)));
  const covering = changes.map((c) => c.declaration.holder);
  const readers = new Set(changes.filter((c) => c.change === 'affected').flatMap((c) => c.dependsOn));
  const uncovered: UncoveredChange[] = [];
  for (const unit of unitsOf(newFile.getStatements())) {
    if (before.has(normalizeCode(unit.node))) continue;
    // Covered when a checked declaration lies inside it (or it lies inside one).
    if (covering.some((holder) => holder === unit.node || unit.node.containsRange(holder.getPos(), holder.getEnd()) || holder.containsRange(unit.node.getPos(), unit.node.getEnd()))) continue;
    // A changed constant or field that checked declarations read is covered through them.
    if (unit.readAs?.some((name) => readers.has(name))) continue;
    uncovered.push({ startLine: unit.node.getStartLineNumber(), endLine: unit.node.getEndLineNumber(), what: unit.label });
  }
  return uncovered;
}

export function describeUncovered(relativePath: string, uncovered: readonly UncoveredChange[]): string {
  const parts = uncovered.slice(0, 5).map((u) => `${u.startLine === u.endLine ? `line ${u.startLine}` : `lines ${u.startLine}–${u.endLine}`} (${u.what})`);
  const more = uncovered.length > 5 ? `, and ${uncovered.length - 5} more` : '';
  return `${relativePath}: changed code Vouch cannot call directly, not verified: ${parts.join(', ')}${more}`;
}
