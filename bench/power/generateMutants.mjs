#!/usr/bin/env node
// `npm run power:mutants`: regenerates test-fixtures/power/cases/mutants.json. StrykerJS's
// instrumenter lists every mutant of every corpus module; each mutant is one edit of one
// declaration. Mutants outside a declaration (module constants, class fields) and mutants that
// do not type-check are listed apart as excluded. The module's hand-written vitest suite then runs
// against every remaining mutant, which records whether the human suite kills it.
// `--modules text,money` limits the run to some modules (the others keep their entries).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { CASES_DIR, CORPUS_DIR, REPO_ROOT, applyCase, corpusModules, declarationAt, declarationRanges, readCorpusFile } from './corpus.mjs';
import { HumanSuite } from './humanSuite.mjs';
import { CorpusTypeChecker } from './typeCheck.mjs';

const OUT = path.join(CASES_DIR, 'mutants.json');
const log = (message) => process.stderr.write(`mutants: ${message}\n`);
const quiet = { isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => true, isErrorEnabled: () => true, isFatalEnabled: () => true };
const logger = { ...quiet, trace() {}, debug() {}, info() {}, warn: (m) => log(`stryker: ${m}`), error: (m) => log(`stryker: ${m}`), fatal: (m) => log(`stryker: ${m}`) };

/** Offset of a Stryker position (0-based line and column) in `text`. */
function offsetOf(lineStarts, { line, column }) {
  return lineStarts[line] + column;
}

function lineStartsOf(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

const slug = (name) => name.replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^-/, '');

/** Every mutant of one module as a case, or as an exclusion with its reason. */
async function listMutants(instrumenter, checker, module) {
  const text = readCorpusFile(module);
  const name = path.join(CORPUS_DIR, module);
  const { mutants } = await instrumenter.instrument([{ name, content: text, mutate: true }], { plugins: null, excludedMutations: [], ignorers: [] });
  const ranges = declarationRanges(text, module);
  const lineStarts = lineStartsOf(text);
  const base = path.basename(module, '.ts');
  const perDeclaration = new Map();
  const cases = [];
  const excluded = [];
  for (const mutant of mutants) {
    const start = offsetOf(lineStarts, mutant.location.start);
    const end = offsetOf(lineStarts, mutant.location.end);
    const declaration = declarationAt(ranges, start, end);
    const entry = {
      file: module,
      declaration: declaration ?? null,
      mutator: mutant.mutatorName,
      line: mutant.location.start.line + 1,
      column: mutant.location.start.column + 1,
      start,
      end,
      original: text.slice(start, end),
      replacement: mutant.replacement,
    };
    if (!declaration) {
      excluded.push({ ...entry, reason: 'outside any declaration' });
      continue;
    }
    const n = (perDeclaration.get(declaration) ?? 0) + 1;
    perDeclaration.set(declaration, n);
    const id = `${base}-${slug(declaration)}-${n}`;
    const errors = checker.errors(module, applyCase(text, entry));
    if (errors.length > 0) excluded.push({ id, ...entry, reason: `does not type-check: ${errors[0]}` });
    else cases.push({ id, ...entry });
  }
  return { cases, excluded, total: mutants.length };
}

async function main() {
  const only = process.argv.find((a) => a.startsWith('--modules='))?.slice('--modules='.length).split(',');
  const modules = corpusModules().filter((m) => !only || only.includes(path.basename(m, '.ts')));
  const previous = existsSync(OUT) && only ? JSON.parse(readFileSync(OUT, 'utf8')) : { mutants: [], excluded: [] };
  const keep = (list) => list.filter((m) => !modules.includes(m.file));
  const instrumenter = new Instrumenter(logger);
  const checker = new CorpusTypeChecker();
  const suite = new HumanSuite();
  const mutants = keep(previous.mutants);
  const excluded = keep(previous.excluded);
  try {
    for (const module of modules) {
      const baseline = await suite.run(module);
      if (!baseline.passed) throw new Error(`the human suite of ${module} fails on the corpus itself: ${baseline.failures.join('; ')}`);
      const listed = await listMutants(instrumenter, checker, module);
      excluded.push(...listed.excluded);
      let killed = 0;
      const started = Date.now();
      for (const mutant of listed.cases) {
        const result = await suite.run(module, applyCase(readCorpusFile(module), mutant));
        mutant.killedByHumanSuite = !result.passed;
        if (!result.passed) {
          killed++;
          mutant.killedBy = result.failures.slice(0, 3);
        }
        mutants.push(mutant);
      }
      log(`${module}: ${listed.total} mutants, ${listed.cases.length} kept, ${killed} killed by the human suite (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await suite.close();
  }
  const order = new Map(corpusModules().map((m, i) => [m, i]));
  const byPlace = (a, b) => order.get(a.file) - order.get(b.file) || a.start - b.start || a.end - b.end;
  mutants.sort(byPlace);
  excluded.sort(byPlace);
  const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', '@stryker-mutator', 'instrumenter', 'package.json'), 'utf8'));
  const out = {
    generatedBy: 'node bench/power/generateMutants.mjs (npm run power:mutants)',
    instrumenter: `@stryker-mutator/instrumenter ${version}`,
    counts: {
      kept: mutants.length,
      killedByHumanSuite: mutants.filter((m) => m.killedByHumanSuite).length,
      excludedOutsideDeclarations: excluded.filter((m) => m.reason === 'outside any declaration').length,
      excludedTypeErrors: excluded.filter((m) => m.reason !== 'outside any declaration').length,
    },
    mutants,
    excluded,
  };
  writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
  log(`wrote ${path.relative(REPO_ROOT, OUT)}: ${JSON.stringify(out.counts)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
