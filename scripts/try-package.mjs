#!/usr/bin/env node
// One real-world trial of Vouch on a published package's TypeScript sources, reproducibly:
// `npm pack` the package, unpack its sources into /tmp/try-<trial>/, commit them as the baseline,
// apply the trial's "AI edit" (or, for an upgrade trial, commit a newer version over an older
// one), then run `vouch verify` in text and JSON and keep both reports next to the repo.
//
//   node scripts/try-package.mjs zod            # the edits of docs/real-world-trials.md, trial 1
//   node scripts/try-package.mjs rxjs           # trial 2
//   node scripts/try-package.mjs zod-upgrade    # trial 3: zod 4.6.0 → 4.6.7 with --base HEAD~1
//   node scripts/try-package.mjs --list
//
// Options: --vouch <cli.js> (or the VOUCH_CLI environment variable; default: this checkout's
// dist/cli.js, which other sessions may be rebuilding: for a stable engine build a private copy,
// `git archive HEAD | tar -x -C /tmp/vouch-trial-build`, and point VOUCH_CLI at its dist/cli.js).
// Downloads are kept in /tmp/try-package-downloads and reused. Reports go to
// /tmp/try-<trial>/.vouch-trial/{report.txt,report.json}.
// Needs only npm and git; the package is never installed into this repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A tsconfig for packages that ship none: strict, NodeNext, tests and benchmarks left out. */
const STRICT_TSCONFIG = {
  compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, noEmit: true, lib: ['ES2022', 'DOM'] },
  include: ['src'],
  exclude: ['src/**/tests', 'src/**/benchmarks'],
};

const TRIALS = {
  zod: {
    package: 'zod@4.6.7',
    copy: ['src', 'package.json'],
    tsconfig: STRICT_TSCONFIG,
    edits: [
      {
        what: 'refactor (behaviour-preserving): cleanRegex with two guarded slices',
        file: 'src/v4/core/util.ts',
        from: `  const start = source.startsWith("^") ? 1 : 0;\n  const end = source.endsWith("$") ? source.length - 1 : source.length;\n  return source.slice(start, end);`,
        to: `  let cleaned = source;\n  if (cleaned.startsWith("^")) cleaned = cleaned.slice(1);\n  if (cleaned.endsWith("$")) cleaned = cleaned.slice(0, -1);\n  return cleaned;`,
      },
      { what: 'bug (sign flip): floatSafeRemainder', file: 'src/v4/core/util.ts', from: '  return ratio - roundedRatio;\n}', to: '  return roundedRatio - ratio;\n}' },
      { what: 'bug (off-by-one): codePointLength misses a final surrogate pair', file: 'src/v4/core/util.ts', from: 'for (let i = 0; i < units - 1; i++) {', to: 'for (let i = 0; i < units - 2; i++) {' },
      { what: 'bug (class method, overloaded): Doc.write drops whitespace-only lines', file: 'src/v4/core/doc.ts', from: '.filter((x) => x);', to: '.filter((x) => x.trim());' },
      {
        what: 'near-refactor inside `export namespace util`: joinValues uses String(val) (differs for null/undefined)',
        file: 'src/v3/helpers/util.ts',
        from: "(typeof val === \"string\" ? `'${val}'` : val)).join(separator);",
        to: "(typeof val === \"string\" ? `'${val}'` : String(val))).join(separator);",
      },
      { what: 'bug (class method, off-by-one): ZodError.flatten treats one-segment paths as form errors', file: 'src/v3/ZodError.ts', from: 'if (sub.path.length > 0) {\n        const firstEl', to: 'if (sub.path.length > 1) {\n        const firstEl' },
      { what: 'refactor (getter): ZodError.isEmpty', file: 'src/v3/ZodError.ts', from: 'return this.issues.length === 0;', to: 'return !this.issues.length;' },
    ],
  },
  rxjs: {
    package: 'rxjs@7.8.2',
    copy: ['src', 'package.json', 'tsconfig.json'],
    edits: [
      {
        what: 'refactor (behaviour-preserving): arrRemove',
        file: 'src/internal/util/arrRemove.ts',
        from: '  if (arr) {\n    const index = arr.indexOf(item);\n    0 <= index && arr.splice(index, 1);\n  }',
        to: '  const index = arr ? arr.indexOf(item) : -1;\n  if (index >= 0) {\n    arr!.splice(index, 1);\n  }',
      },
      { what: 'bug (off-by-one) in an operator factory: take(n) lets n-1 values through', file: 'src/internal/operators/take.ts', from: 'if (++seen <= count) {', to: 'if (++seen < count) {' },
      { what: 'bug (wrong operator, class method): Subscription.add', file: 'src/internal/Subscription.ts', from: 'if (teardown.closed || teardown._hasParent(this)) {', to: 'if (teardown.closed && teardown._hasParent(this)) {' },
      {
        what: 'refactor (class method): BehaviorSubject.getValue',
        file: 'src/internal/BehaviorSubject.ts',
        from: '    const { hasError, thrownError, _value } = this;\n    if (hasError) {\n      throw thrownError;\n    }\n    this._throwIfClosed();\n    return _value;',
        to: '    if (this.hasError) throw this.thrownError;\n    this._throwIfClosed();\n    return this._value;',
      },
      { what: 'bug ("simplification"): isArrayLike accepts functions', file: 'src/internal/util/isArrayLike.ts', from: " && typeof x !== 'function'", to: '' },
      { what: 'bug (wrong end of the array): popNumber shifts instead of popping', file: 'src/internal/util/args.ts', from: "=== 'number' ? args.pop()! : defaultValue", to: "=== 'number' ? args.shift()! : defaultValue" },
    ],
  },
  'zod-upgrade': {
    package: 'zod@4.6.0',
    copy: ['src', 'package.json'],
    tsconfig: STRICT_TSCONFIG,
    upgradeTo: 'zod@4.6.7',
    verifyArgs: ['--base', 'HEAD~1'],
  },
};

function run(command, args, cwd, options = {}) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

/** `npm pack <spec>` into `downloads`, unpacked; returns the unpacked `package/` folder. */
function download(spec, downloads) {
  const folder = path.join(downloads, spec.replace(/[^\w.@-]+/g, '_'));
  if (existsSync(path.join(folder, 'package'))) return path.join(folder, 'package');
  mkdirSync(folder, { recursive: true });
  const tarball = run('npm', ['pack', spec, '--silent'], folder).trim().split('\n').pop();
  run('tar', ['xzf', tarball], folder);
  return path.join(folder, 'package');
}

function placeSources(unpacked, repo, trial) {
  for (const entry of trial.copy) {
    rmSync(path.join(repo, entry), { recursive: true, force: true });
    cpSync(path.join(unpacked, entry), path.join(repo, entry), { recursive: true });
  }
  if (trial.tsconfig) writeFileSync(path.join(repo, 'tsconfig.json'), `${JSON.stringify(trial.tsconfig, null, 2)}\n`);
}

function commit(repo, message) {
  run('git', ['add', '-A'], repo);
  run('git', ['-c', 'user.email=trial@vouch.invalid', '-c', 'user.name=trial', 'commit', '-qm', message], repo);
}

function applyEdit(repo, edit) {
  const file = path.join(repo, edit.file);
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(edit.from);
  if (at === -1 || text.indexOf(edit.from, at + 1) !== -1) throw new Error(`edit "${edit.what}": the text to replace is not found exactly once in ${edit.file}`);
  writeFileSync(file, text.slice(0, at) + edit.to + text.slice(at + edit.from.length));
}

function main() {
  const args = process.argv.slice(2);
  if (args.includes('--list') || args.length === 0) {
    for (const [name, trial] of Object.entries(TRIALS)) console.log(`${name}: ${trial.package}${trial.upgradeTo ? ` → ${trial.upgradeTo}` : `, ${trial.edits.length} edits`}`);
    return;
  }
  const name = args[0];
  const trial = TRIALS[name];
  if (!trial) throw new Error(`no trial named ${name} (try --list)`);
  const vouchAt = args.indexOf('--vouch');
  const vouch = vouchAt !== -1 ? path.resolve(args[vouchAt + 1]) : process.env.VOUCH_CLI ? path.resolve(process.env.VOUCH_CLI) : path.join(here, '..', 'dist', 'cli.js');
  if (!existsSync(vouch)) throw new Error(`no Vouch CLI at ${vouch} (build it, or pass --vouch / VOUCH_CLI)`);
  console.log(`vouch: ${vouch}`);
  const repo = `/tmp/try-${name}`;
  const downloads = '/tmp/try-package-downloads';

  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  run('git', ['init', '-q'], repo);
  placeSources(download(trial.package, downloads), repo, trial);
  commit(repo, `${trial.package} sources`);
  if (trial.upgradeTo) {
    placeSources(download(trial.upgradeTo, downloads), repo, trial);
    commit(repo, `${trial.upgradeTo} sources`);
  } else {
    for (const edit of trial.edits) {
      applyEdit(repo, edit);
      console.log(`edited ${edit.file}: ${edit.what}`);
    }
  }

  const out = path.join(repo, '.vouch-trial');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(repo, '.git', 'info', 'exclude'), '.vouch-trial/\n', { flag: 'a' });
  const env = { ...process.env, VOUCH_CACHE_DIR: path.join('/tmp', `try-${name}-vouch-cache`), NO_COLOR: '1' };
  rmSync(env.VOUCH_CACHE_DIR, { recursive: true, force: true });
  for (const format of ['text', 'json']) {
    const started = Date.now();
    const result = spawnSync('node', [vouch, 'verify', ...(trial.verifyArgs ?? []), '--format', format, '--no-cache'], { cwd: repo, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    writeFileSync(path.join(out, `report.${format === 'text' ? 'txt' : 'json'}`), result.stdout);
    if (result.stderr) writeFileSync(path.join(out, `stderr.${format}.txt`), result.stderr);
    console.log(`vouch verify --format ${format}: exit ${result.status} in ${seconds} s → ${path.join(out, `report.${format === 'text' ? 'txt' : 'json'}`)}`);
    if (format === 'text') process.stdout.write(result.stdout);
  }
}

main();
