// The corpus of measurement 4 as the power driver takes it: every mutant and refactor of
// bench/cases applied to its baseline file (applyCase from test/fixtures/demoCorpus.mjs, which
// refuses a case whose `find` does not occur exactly once).
import { applyCase, readCases, readWorkspaceFile } from '../test/fixtures/demoCorpus.mjs';

/** `PowerCase`s (see power.ts): mutants first, then refactors, in corpus order. */
export async function powerCases() {
  const mutants = await readCases('mutants');
  const refactors = await readCases('refactors');
  const cases = [];
  for (const [set, list] of [['mutant', mutants], ['refactor', refactors]]) {
    for (const c of list) {
      cases.push({
        id: c.id,
        set,
        file: c.file,
        declaration: c.declaration,
        category: set === 'mutant' ? c.mutator : c.kind,
        description: c.description,
        ...(set === 'mutant' ? { killedByHumanSuite: c.killedByHumanSuite } : {}),
        text: applyCase(await readWorkspaceFile(c.file), c),
      });
    }
  }
  return cases;
}
