// The power corpus as the power driver (bench/power.ts) takes it: every generated mutant,
// refactor and intended change, applied to its module, with the kinds of parameters its
// declaration takes. Samples are chosen by a hash of the case id, so a sample is the same on every
// machine and run, and stays the same when cases are added elsewhere in the corpus.
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { caseFiles, readEditCases, readMutants } from './corpus.mjs';
import { parameterKinds } from './parameterTypes.mjs';

export const SETS = ['mutant', 'refactor', 'intended'];

/** The fixed sample the unit suite runs (test/bench/powerSample.test.ts, `run.mjs --ci`): mutants
 *  the human suite kills (so none is an equivalent mutant), refactors and intended changes. */
export const CI_SAMPLE = { counts: { mutant: 12, refactor: 6, intended: 4 }, killedOnly: true };

const rank = (id) => createHash('sha256').update(id).digest('hex');

/** The first `count` cases by the hash of their id (all of them when count is undefined). */
export function sampleOf(cases, count) {
  if (count === undefined || count >= cases.length) return cases;
  const chosen = new Set([...cases].sort((a, b) => rank(a.id).localeCompare(rank(b.id))).slice(0, count).map((c) => c.id));
  return cases.filter((c) => chosen.has(c.id));
}

/**
 * `PowerCase`s (see bench/power.ts): mutants, then refactors, then intended changes, in corpus
 * order. `modules`: only these (`['text', 'money']`); `counts`: at most this many of a set
 * (`{ mutant: 12 }`), a hashed sample; `killedOnly`: only the mutants the human suite kills.
 */
export function powerCorpusCases({ modules, counts = {}, killedOnly = false } = {}) {
  const inModules = (c) => !modules || modules.includes(path.basename(c.file, '.ts'));
  const kinds = parameterKinds();
  const lists = {
    mutant: readMutants().mutants.filter((m) => !killedOnly || m.killedByHumanSuite),
    refactor: readEditCases('refactors'),
    intended: readEditCases('intended'),
  };
  return SETS.flatMap((set) =>
    sampleOf(lists[set].filter(inModules), counts[set]).map((c) => {
      const { [c.file]: text, ...otherFiles } = caseFiles(c);
      return {
        id: c.id,
        set,
        file: c.file,
        declaration: c.declaration,
        category: set === 'mutant' ? c.mutator : c.kind,
        description: set === 'mutant' ? `${c.original} → ${c.replacement}` : c.description,
        ...(set === 'mutant' ? { killedByHumanSuite: c.killedByHumanSuite } : {}),
        parameterKinds: kinds.get(`${c.file}#${c.declaration}`) ?? [],
        text,
        ...(Object.keys(otherFiles).length > 0 ? { otherFiles } : {}),
      };
    }),
  );
}
