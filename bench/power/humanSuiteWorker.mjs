// The child process of humanSuite.mjs: one warm vitest instance over the corpus. A vite plugin
// serves the edited text of a module in place of the file on disk (the way the engine serves
// unsaved buffers), so nothing is written into the corpus. Requests and answers go over IPC:
// `{ module, text, suiteText? }` → `{ passed, failures }`.
import * as path from 'node:path';
import { CORPUS_DIR, REPO_ROOT, humanSuiteOf } from './corpus.mjs';

/** Absolute path → the text served instead of the file's. */
let overlay = new Map();
const { createVitest } = await import('vitest/node');
const vitest = await createVitest(
  'test',
  { root: CORPUS_DIR, config: false, include: ['test/**/*.test.ts'], watch: false, pool: 'threads', reporters: [{}], silent: true, testTimeout: 5_000 },
  {
    plugins: [
      {
        name: 'power-corpus-edit',
        enforce: 'pre',
        load(id) {
          return overlay.get(id.split('?')[0]);
        },
      },
    ],
    server: { watch: null },
    // bench/.work is git-ignored: vite's cache stays out of the corpus, which the bench copies.
    cacheDir: path.join(REPO_ROOT, 'bench', '.work', 'vite-human-suite'),
  },
);

async function run({ module, text, suiteText }) {
  const file = path.join(CORPUS_DIR, module);
  const suiteFile = path.join(CORPUS_DIR, humanSuiteOf(module));
  const next = new Map();
  if (typeof text === 'string') next.set(file, text);
  if (typeof suiteText === 'string') next.set(suiteFile, suiteText);
  for (const changed of new Set([...overlay.keys(), ...next.keys(), file])) vitest.invalidateFile(changed);
  overlay = next;
  const outcome = await vitest.runTestSpecifications([vitest.getRootProject().createSpecification(suiteFile)]);
  const failures = [];
  const modules = outcome.testModules.filter((m) => m.moduleId === suiteFile);
  if (modules.length === 0) failures.push(`${humanSuiteOf(module)} did not run`);
  for (const testModule of modules) {
    for (const error of testModule.errors()) failures.push(`${path.basename(testModule.moduleId)}: ${error.message}`);
    for (const test of testModule.children.allTests()) if (test.result().state === 'failed') failures.push(test.fullName);
    if (testModule.state() !== 'passed' && failures.length === 0) failures.push(`${path.basename(testModule.moduleId)}: ${testModule.state()}`);
  }
  for (const error of outcome.unhandledErrors) failures.push(`unhandled: ${error?.message ?? error}`);
  return { passed: failures.length === 0, failures };
}

process.on('message', (request) => {
  run(request).then(
    (result) => process.send({ id: request.id, ...result }),
    (error) => process.send({ id: request.id, passed: false, failures: [`the suite could not run: ${error?.message ?? error}`] }),
  );
});
process.send({ ready: true });
