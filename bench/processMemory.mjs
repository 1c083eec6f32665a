// Peak resident memory of a process tree, read from Linux's /proc: every `intervalMs` the tree
// under `rootPid` is walked (parent ids from /proc/<pid>/stat) and each process's VmHWM (its own
// high-water mark of resident memory) is kept. VmHWM only grows, so a sample just before a process
// ends is close to its true peak; a process that grows in its last interval is under-reported by
// that much. Nothing is read outside Linux (the result says so).
import { readFileSync, readdirSync } from 'node:fs';

/** Parent pid of every process, from /proc/<pid>/stat (the command name may hold spaces and parens). */
function parentIds() {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // the process ended while we looked
    }
  }
  return parents;
}

function descendantsOf(rootPid, parents) {
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  }
  return tree;
}

function highWaterKb(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return '';
  }
}

/**
 * Starts watching the tree under `rootPid`. `classify(pid, commandLine)` names each process's role
 * (`engine`, `runner`, ...). `stop()` takes a last sample and returns, per role, the largest peak of
 * one process in MB and how many processes had that role.
 */
export function watchPeakMemory(rootPid, classify, intervalMs = 50) {
  const supported = process.platform === 'linux';
  const seen = new Map(); // pid → { role, peakKb }
  const sample = () => {
    for (const pid of descendantsOf(rootPid, parentIds())) {
      const kb = highWaterKb(pid);
      if (kb === undefined) continue;
      let entry = seen.get(pid);
      if (!entry) {
        entry = { role: classify(pid, commandLine(pid)), peakKb: 0 };
        seen.set(pid, entry);
      }
      entry.peakKb = Math.max(entry.peakKb, kb);
    }
  };
  if (supported) sample();
  const timer = supported ? setInterval(sample, intervalMs) : undefined;
  timer?.unref();
  return {
    stop() {
      if (timer) {
        clearInterval(timer);
        sample();
      }
      const roles = {};
      for (const { role, peakKb } of seen.values()) {
        const entry = (roles[role] ??= { peakMb: 0, processes: 0 });
        entry.peakMb = Math.max(entry.peakMb, Math.round(peakKb / 1024));
        entry.processes++;
      }
      return { supported, intervalMs, roles };
    },
  };
}

/** Role of a process in a Vouch tree: the root is the engine, `runner.js` the runner. */
export function vouchRole(rootPid) {
  return (pid, command) => (pid === rootPid ? 'engine' : /runner\.js\b/.test(command) ? 'runner' : 'other');
}
