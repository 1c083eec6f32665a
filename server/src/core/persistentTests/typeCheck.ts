// Generated tests are run before they are written, but vitest strips types: a test can pass and
// still fail the project's `tsc` (or ts-jest, which type-checks) when an input is a plain value
// where a type wants more, such as a string for a string enum. So the merged file is type-checked
// with the workspace's compiler options, and a new test with a type error in its own code is left
// out. Errors a test cannot cause (a test framework or fast-check whose types are not installed)
// do not count.
import { Node } from 'ts-morph';
import type { Project } from 'ts-morph';

/** Missing modules, names and type definitions: the workspace's setup, not the test's code. */
const SETUP_CODES = new Set([2307, 2304, 2582, 2593, 2792, 7016, 1259, 1192]);

/** Type errors inside the tests marked with `ids`, by id (the first error's message). */
export function typeErrorsIn(project: Project, testFile: string, text: string, ids: ReadonlySet<string>): Map<string, string> {
  const errors = new Map<string, string>();
  if (ids.size === 0) return errors;
  const previous = project.getSourceFile(testFile)?.getFullText();
  const sourceFile = project.createSourceFile(testFile, text, { overwrite: true });
  try {
    const ranges: { id: string; start: number; end: number }[] = [];
    sourceFile.forEachDescendant((node) => {
      if (!Node.isCallExpression(node) || !['it', 'test'].includes(node.getExpression().getText().split('.')[0])) return;
      const marker = /\/\/ vouch: (\S+)/.exec(node.getArguments()[1]?.getFullText() ?? '');
      if (marker && ids.has(marker[1])) ranges.push({ id: marker[1], start: node.getStart(), end: node.getEnd() });
    });
    for (const diagnostic of sourceFile.getPreEmitDiagnostics()) {
      const start = diagnostic.getStart();
      if (start === undefined || SETUP_CODES.has(diagnostic.getCode()) || diagnostic.getSourceFile()?.getFilePath() !== sourceFile.getFilePath()) continue;
      const range = ranges.find((r) => r.start <= start && start < r.end);
      const message = diagnostic.getMessageText();
      if (range && !errors.has(range.id)) errors.set(range.id, typeof message === 'string' ? message : message.getMessageText());
    }
  } finally {
    if (previous !== undefined) sourceFile.replaceWithText(previous);
    else project.removeSourceFile(sourceFile);
  }
  return errors;
}
