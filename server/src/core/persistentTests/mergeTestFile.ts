// A second "Generate tests" on a file that already has tests: every test stays exactly as it is
// (edited or not), tests whose id the file records are not added again (so a deleted one stays
// deleted), and the new ones join their declaration's describe block, or a new block at the end.
import { Node } from 'ts-morph';
import type { Block, CallExpression, SourceFile } from 'ts-morph';
import { FAST_CHECK_NOTE, idLineRanges, idLines, introLines, recordedIds } from './generatedIds';
import type { GeneratedTest } from './generatedTest';
import { importEdits } from './importEdits';
import type { ComposeOptions } from './testFileComposer';
import { describeLines, frameworkModule, groupByDescribe, importsOf, newTestFileText, TEST_FUNCTIONS, testsBlock } from './testFileComposer';
import { afterLeadingDocblock, applyEdits, closingBrace, indentUnit, lineIndent, parseTestFile } from './textEdits';
import type { TextEdit } from './textEdits';

export interface MergeResult {
  text: string;
  /** Names of the tests added, as written. */
  added: string[];
}

/** A test Vouch generated that is still in the file, as the user left it. */
export interface ExistingTest {
  id: string;
  name: string;
}

function literalText(node: Node | undefined): string | undefined {
  return node && (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) ? node.getLiteralText() : undefined;
}

function calleeRoot(call: CallExpression): string {
  return call.getExpression().getText().split('.')[0];
}

/** Top-level `describe('name', () => { … })` blocks by name (the first of a name wins). */
function describeBlocks(sourceFile: SourceFile): Map<string, Block> {
  const blocks = new Map<string, Block>();
  for (const statement of sourceFile.getStatements()) {
    if (!Node.isExpressionStatement(statement)) continue;
    const call = statement.getExpression();
    if (!Node.isCallExpression(call) || call.getExpression().getText() !== 'describe') continue;
    const [title, callback] = call.getArguments();
    const name = literalText(title);
    const body = callback && (Node.isArrowFunction(callback) || Node.isFunctionExpression(callback)) ? callback.getBody() : undefined;
    if (name !== undefined && body && Node.isBlock(body) && !blocks.has(name)) blocks.set(name, body);
  }
  return blocks;
}

/** The generated tests still in the file (they carry a `// vouch:` marker). */
export function existingTests(text: string): ExistingTest[] {
  const sourceFile = parseTestFile(text);
  const found: ExistingTest[] = [];
  sourceFile.forEachDescendant((node) => {
    if (!Node.isCallExpression(node) || !['it', 'test'].includes(calleeRoot(node))) return;
    const name = literalText(node.getArguments()[0]);
    const marker = /\/\/ vouch: (\S+)/.exec(node.getArguments()[1]?.getFullText() ?? '');
    if (name !== undefined && marker) found.push({ id: marker[1], name });
  });
  return found;
}

/** Test names already used in a block, to keep new names unique within it. */
function namesIn(node: Node | undefined): Set<string> {
  const names = new Set<string>();
  node?.forEachDescendant((child) => {
    if (Node.isCallExpression(child) && ['it', 'test'].includes(calleeRoot(child))) {
      const name = literalText(child.getArguments()[0]);
      if (name !== undefined) names.add(name);
    }
  });
  return names;
}

function uniquelyNamed(tests: readonly GeneratedTest[], taken: Set<string>): GeneratedTest[] {
  return tests.map((test) => {
    let name = test.name;
    for (let n = 2; taken.has(name); n++) name = `${test.name} (${n})`;
    taken.add(name);
    return name === test.name ? test : { ...test, name };
  });
}

/** The file with `tests` added (those whose id it already records are left out). */
export function mergeTestFile(existing: string | undefined, tests: readonly GeneratedTest[], options: ComposeOptions & { testFile: string }): MergeResult {
  const known = existing === undefined ? new Set<string>() : recordedIds(existing);
  const fresh = tests.filter((t) => !known.has(t.id));
  if (existing === undefined || existing.trim() === '') {
    const named = [...groupByDescribe(fresh)].flatMap(([, group]) => uniquelyNamed(group, new Set()));
    return { text: newTestFileText(named, options), added: named.map((t) => t.name) };
  }
  const wantsNote = options.fastCheckNote && !existing.includes(FAST_CHECK_NOTE);
  const dropsNote = !options.fastCheckNote && existing.includes(FAST_CHECK_NOTE);
  if (fresh.length === 0 && !wantsNote && !dropsNote) return { text: existing, added: [] };

  const sourceFile = parseTestFile(existing);
  const unit = indentUnit(existing);
  const edits: TextEdit[] = [];
  edits.push(...headerEdits(existing, [...known, ...fresh.map((t) => t.id)], options, wantsNote, dropsNote));
  edits.push(
    ...importEdits(
      sourceFile,
      options.testFile,
      { frameworkModule: frameworkModule(options), frameworkNames: TEST_FUNCTIONS, fastCheck: fresh.some((t) => t.fastCheck), modules: importsOf(fresh) },
      options.specifier,
    ),
  );

  const blocks = describeBlocks(sourceFile);
  const added: string[] = [];
  const appended: string[] = [];
  for (const [name, group] of groupByDescribe(fresh)) {
    const block = blocks.get(name);
    const named = uniquelyNamed(group, namesIn(block));
    added.push(...named.map((t) => t.name));
    if (!block) {
      appended.push('', ...describeLines(name, named, unit));
      continue;
    }
    const indent = lineIndent(existing, block.getParentOrThrow().getStart()) + unit;
    const brace = closingBrace(existing, block.getEnd());
    const lines = [...(block.getStatements().length > 0 ? [''] : []), ...testsBlock(named, unit, indent)];
    if (brace.alone) edits.push({ start: brace.lineStart, end: brace.lineStart, text: `${lines.join('\n')}\n` });
    else edits.push({ start: brace.position, end: brace.position, text: `\n${lines.join('\n')}\n${lineIndent(existing, brace.position)}` });
  }
  if (appended.length > 0) {
    const end = existing.length;
    edits.push({ start: end, end, text: `${existing.endsWith('\n') ? '' : '\n'}${appended.join('\n')}\n` });
  }
  return { text: applyEdits(existing, edits), added };
}

/** The id lines rewritten with every id, or a header added to a file that has none. */
function headerEdits(text: string, ids: string[], options: ComposeOptions, wantsNote: boolean, dropsNote: boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  const ranges = idLineRanges(text);
  const lines = [...(wantsNote ? [FAST_CHECK_NOTE] : []), ...idLines(ids)].join('\n');
  if (ranges.length > 0) {
    ranges.forEach((range, i) => edits.push({ ...range, text: i === 0 ? `${lines}\n` : '' }));
  } else {
    const at = afterLeadingDocblock(text);
    edits.push({ start: at, end: at, text: `${[...introLines(options.relativeSource), lines].join('\n')}\n` });
  }
  if (dropsNote) {
    const start = text.indexOf(FAST_CHECK_NOTE);
    edits.push({ start, end: start + FAST_CHECK_NOTE.length + (text[start + FAST_CHECK_NOTE.length] === '\n' ? 1 : 0), text: '' });
  }
  return edits;
}
