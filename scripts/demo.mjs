#!/usr/bin/env node
// `npm run demo`: the main job, end to end, on a fresh machine.
// 1. copies the demo shop (test-fixtures/demo/workspace) into a temp folder and commits it;
// 2. applies an AI assistant's rewrite of two files (test-fixtures/demo/ai-edit): three bugs and
//    one behaviour-preserving refactor, which the shop's own test suite does not notice;
// 3. runs `vouch verify` there and prints its report, as a person would see it in a terminal;
// 4. checks the report against what the edit is known to contain, and exits 1 if Vouch missed
//    or misjudged anything.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const fixture = path.join(repo, 'test-fixtures', 'demo');
const cli = path.join(repo, 'dist', 'cli.js');
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (t) => (color ? `\u001b[1m${t}\u001b[22m` : t);
const dim = (t) => (color ? `\u001b[2m${t}\u001b[22m` : t);

const workspace = mkdtempSync(path.join(os.tmpdir(), 'vouch-demo-'));
const cache = mkdtempSync(path.join(os.tmpdir(), 'vouch-demo-cache-'));
const git = (...args) =>
  execFileSync('git', args, {
    cwd: workspace,
    stdio: 'pipe',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Demo', GIT_AUTHOR_EMAIL: 'demo@vouch.invalid', GIT_COMMITTER_NAME: 'Demo', GIT_COMMITTER_EMAIL: 'demo@vouch.invalid' },
  });

try {
  cpSync(path.join(fixture, 'workspace'), workspace, { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'demo shop');
  console.log(bold('Vouch demo'));
  console.log(dim(`A small TypeScript shop library, committed in ${workspace}.`));
  console.log(dim('An AI assistant was asked to "tidy up the pricing and text helpers" and rewrote src/pricing.ts and src/text.ts.'));
  console.log(dim("The shop's own test suite still passes after the rewrite. Here is what Vouch says:"));
  console.log('');
  cpSync(path.join(fixture, 'ai-edit', 'src'), path.join(workspace, 'src'), { recursive: true });

  const env = { ...process.env, VOUCH_CACHE_DIR: cache };
  const shown = spawnSync(process.execPath, [cli, 'verify'], { cwd: workspace, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (shown.status === 2 || shown.status === null) {
    console.error('vouch verify could not run (exit code ' + shown.status + ')');
    process.exit(2);
  }

  // The same run again, as JSON (answered from the verdict cache), to check the report.
  const json = spawnSync(process.execPath, [cli, 'verify', '--format', 'json'], { cwd: workspace, env, encoding: 'utf8' });
  const report = JSON.parse(json.stdout);
  const expected = JSON.parse(readFileSync(path.join(fixture, 'ai-edit', 'expected.json'), 'utf8'));
  const misses = [];
  for (const want of expected) {
    const verdict = report.verdicts.find((v) => v.declaration.relativePath === want.file && v.declaration.qualifiedName === want.declaration);
    if (!verdict) {
      misses.push(`${want.declaration}: no verdict`);
      continue;
    }
    const kinds = verdict.checks.filter((c) => c.status === 'failed').map((c) => c.kind);
    const ok = want.expect === 'verified' ? verdict.state === 'verified' : kinds.includes(want.expect);
    if (!ok) misses.push(`${want.declaration}: expected ${want.expect}, got ${verdict.state} (${kinds.join(', ') || 'no failures'})`);
  }
  console.log('');
  if (misses.length > 0) {
    console.log(bold(`Demo check: ${misses.length} of ${expected.length} expectations missed:`));
    for (const miss of misses) console.log(`  - ${miss}`);
    process.exit(1);
  }
  console.log(bold(`Demo check: all ${expected.length} expectations met`) + dim(' (three bugs caught with their inputs, the refactor verified).'));
} finally {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
}
