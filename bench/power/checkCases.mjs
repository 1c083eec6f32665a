#!/usr/bin/env node
// `npm run power:check`: keeps the hand-written cases honest. Every refactor and intended change
// applies (its `find` once), type-checks with the rest of the corpus, changes its declaration
// and no other (a refactor may add one helper); every refactor keeps the module's human suite
// green, and so does every intended change together with its `testEdits` (the updates of the
// suite's tests that pinned the old behaviour, as the person making the change would write them).
// Prints one line per problem and exits 1 if there is any.
import { CorpusTypeChecker } from './typeCheck.mjs';
import { HumanSuite } from './humanSuite.mjs';
import { applyCase, caseFiles, declarationRanges, humanSuiteOf, readCorpusFile, readEditCases } from './corpus.mjs';

const normalize = (code) => code.replace(/\/\/.*$/gm, '').replace(/\s+/g, ' ').trim();

function declarationCodes(text) {
  return new Map(declarationRanges(text).map((d) => [d.name, normalize(text.slice(d.start, d.end))]));
}

/** Problems with one case's text, before anything runs. */
function shapeProblems(testCase, checker) {
  const problems = [];
  let text;
  try {
    text = applyCase(readCorpusFile(testCase.file), testCase);
  } catch (error) {
    return [error.message];
  }
  const errors = checker.errors(testCase.file, text);
  if (errors.length > 0) problems.push(`does not type-check: ${errors[0]}`);
  const before = declarationCodes(readCorpusFile(testCase.file));
  const after = declarationCodes(text);
  if (!before.has(testCase.declaration)) problems.push(`no declaration ${testCase.declaration} in ${testCase.file}`);
  else if (before.get(testCase.declaration) === after.get(testCase.declaration)) problems.push(`${testCase.declaration} is unchanged`);
  for (const [name, code] of before) {
    if (name !== testCase.declaration && after.get(name) !== code) problems.push(`also changes ${name}`);
  }
  const added = [...after.keys()].filter((name) => !before.has(name));
  if (added.length > 1 || (added.length === 1 && !['extract-helper', 'method-to-function'].includes(testCase.kind))) problems.push(`adds ${added.join(', ')}`);
  return problems;
}

async function main() {
  const checker = new CorpusTypeChecker();
  const suite = new HumanSuite();
  const refactors = readEditCases('refactors');
  const intended = readEditCases('intended');
  let failures = 0;
  const report = (id, problem) => {
    failures++;
    console.log(`${id}: ${problem}`);
  };
  const ids = new Set();
  try {
    for (const [set, list] of [['refactor', refactors], ['intended', intended]]) {
      for (const testCase of list) {
        if (ids.has(testCase.id)) report(testCase.id, 'duplicate id');
        ids.add(testCase.id);
        for (const field of ['id', 'file', 'declaration', 'kind', 'description']) if (!testCase[field]) report(testCase.id ?? '?', `no ${field}`);
        const problems = shapeProblems(testCase, checker);
        for (const problem of problems) report(testCase.id, problem);
        if (problems.length > 0) continue;
        if (set === 'refactor' && testCase.testEdits) report(testCase.id, 'a refactor needs no testEdits');
        const files = caseFiles(testCase);
        const result = await suite.run(testCase.file, files[testCase.file], files[humanSuiteOf(testCase.file)]);
        if (!result.passed) report(testCase.id, `the human suite fails${testCase.testEdits ? ' with the testEdits' : ''}: ${result.failures.join('; ')}`);
        if (set === 'intended' && testCase.testEdits && (await suite.run(testCase.file, files[testCase.file])).passed) report(testCase.id, 'the human suite passes without the testEdits');
      }
    }
  } finally {
    await suite.close();
  }
  console.log(`${refactors.length} refactors, ${intended.length} intended changes: ${failures === 0 ? 'all good' : `${failures} problem(s)`}`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(2);
});
