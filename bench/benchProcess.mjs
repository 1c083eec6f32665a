// What every bench run shares: the machine and source it measured, a snapshot of dist/ to run
// from (other people's builds rewrite dist/ while a bench runs, and a new harness build changes
// every verdict's hash), and the bundled TypeScript drivers, each run as a child process with its
// plan in a JSON file.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

/** The commit measured, and the engine files that differ from it (they were measured too). */
export function source(repo) {
  const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  try {
    const status = execFileSync('git', ['status', '--porcelain', '--', 'server', 'shared'], { cwd: repo, encoding: 'utf8' });
    const dirty = status.split('\n').filter(Boolean).map((line) => line.slice(3));
    return { commit: git('rev-parse', '--short', 'HEAD'), uncommittedEngineFiles: dirty };
  } catch {
    return { commit: 'unknown', uncommittedEngineFiles: [] };
  }
}

/** 1, 5 and 15-minute load averages, two decimals. */
export function loadAverage() {
  return os.loadavg().map((l) => Number(l.toFixed(2)));
}

/** Copies dist/ to `<work>/dist` and returns that path. */
export function snapshotDist(repo, work) {
  const dist = path.join(work, 'dist');
  rmSync(dist, { recursive: true, force: true });
  cpSync(path.join(repo, 'dist'), dist, { recursive: true });
  return dist;
}

/** Runs a bundled driver with its plan (written to `<work>/<name>.plan.json`); resolves to the JSON it wrote. */
export async function runDriver({ repo, work, script, name, plan, dist }) {
  const planFile = path.join(work, `${name}.plan.json`);
  const outFile = path.join(work, `${name}.out.json`);
  writeFileSync(planFile, JSON.stringify({ ...plan, outFile }));
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, planFile], { cwd: repo, env: { ...env, VOUCH_DIST: dist }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`${name} driver exited with code ${code}`);
  return JSON.parse(readFileSync(outFile, 'utf8'));
}
