// What kinds of parameters each corpus declaration takes, for the benchmark's breakdown by
// parameter type: `number`, `string`, `literal union`, `array`, `object`, `class instance`,
// `callback`, `promise`, `generic`, `optional`... (a declaration usually has several). Methods and
// getters also count as `this (class state)`, async code as `returns a promise`, since their input includes the instance. Read with the
// TypeScript checker over the corpus's src/ files, names as declarationRanges gives them.
import * as path from 'node:path';
import ts from 'typescript';
import { CORPUS_DIR, corpusModules } from './corpus.mjs';

function kindsOfType(checker, type, kinds) {
  if (type.flags & ts.TypeFlags.TypeParameter) {
    kinds.add('generic');
    return;
  }
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
    kinds.add('unknown');
    return;
  }
  if (type.isUnion()) {
    const members = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
    if (members.length < type.types.length) kinds.add('optional');
    const literal = members.every((t) => t.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral | ts.TypeFlags.BooleanLiteral | ts.TypeFlags.EnumLiteral));
    if (literal && members.length > 1 && !members.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) {
      kinds.add('literal union');
      return;
    }
    if (members.length > 1 && !members.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) kinds.add('union');
    for (const member of members) kindsOfType(checker, member, kinds);
    return;
  }
  if (type.flags & ts.TypeFlags.NumberLike) kinds.add('number');
  else if (type.flags & ts.TypeFlags.StringLike) kinds.add('string');
  else if (type.flags & ts.TypeFlags.BooleanLike) kinds.add('boolean');
  else if (checker.isArrayType(type) || checker.isTupleType(type)) {
    kinds.add('array');
    for (const element of checker.getTypeArguments(type)) kindsOfType(checker, element, kinds);
  } else if (type.getCallSignatures().length > 0) kinds.add('callback');
  else {
    const name = type.getSymbol()?.getName();
    if (name === 'Promise') kinds.add('promise');
    else if (name === 'Date') kinds.add('Date');
    else if (name === 'Map' || name === 'Set' || name === 'ReadonlyMap' || name === 'ReadonlySet') kinds.add('Map/Set');
    else if (type.getSymbol() && type.getSymbol().flags & ts.SymbolFlags.Class) kinds.add('class instance');
    else if (type.flags & ts.TypeFlags.Object) kinds.add(checker.getIndexInfosOfType(type).length > 0 ? 'record' : 'object');
    else kinds.add('other');
  }
}

function kindsOfDeclaration(checker, node, isMember) {
  const kinds = new Set();
  if (isMember && !ts.isConstructorDeclaration(node)) kinds.add('this (class state)');
  const parameters = node.parameters ?? [];
  if (parameters.length === 0 && !isMember) kinds.add('no parameters');
  for (const parameter of parameters) {
    if (parameter.questionToken || parameter.initializer) kinds.add('optional');
    kindsOfType(checker, checker.getTypeAtLocation(parameter), kinds);
  }
  if (node.typeParameters?.length) kinds.add('generic');
  const signature = ts.isGetAccessorDeclaration(node) ? undefined : checker.getSignatureFromDeclaration(node);
  if (signature && checker.getReturnTypeOfSignature(signature).getSymbol()?.getName() === 'Promise') kinds.add('returns a promise');
  return [...kinds].sort();
}

/** `Map<'src/text.ts#slugify', string[]>` for every declaration of the corpus. */
export function parameterKinds() {
  const files = corpusModules().map((m) => path.join(CORPUS_DIR, m));
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2022, strict: true, lib: ['lib.es2023.d.ts'], noEmit: true });
  const checker = program.getTypeChecker();
  const kinds = new Map();
  for (const module of corpusModules()) {
    const file = program.getSourceFile(path.join(CORPUS_DIR, module));
    const add = (name, node, isMember) => kinds.set(`${module}#${name}`, kindsOfDeclaration(checker, node, isMember));
    for (const statement of file.statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name) add(statement.name.text, statement, false);
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
          if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) add(d.name.text, d.initializer, false);
        }
      }
      if (ts.isClassDeclaration(statement) && statement.name) {
        for (const member of statement.members) {
          if (ts.isConstructorDeclaration(member)) add(`${statement.name.text}.constructor`, member, true);
          else if ((ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member)) && member.name && ts.isIdentifier(member.name)) add(`${statement.name.text}.${member.name.text}`, member, true);
        }
      }
    }
  }
  return kinds;
}
