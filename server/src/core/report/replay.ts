// The command that reproduces a finding on a developer's machine. A declaration's seed is derived
// from its file and name (generate/seeds.ts), so the same declaration, seed, input budget and
// baseline try the same inputs in the same order and reach the same shrunk counterexample (the
// fast-check path is reported too, but the seed alone replays the whole run). Every report format
// prints this one command; an editor can show it as well.

export interface ReplayContext {
  /** The ref compared with, as given (`origin/main`); none or HEAD needs no flag. */
  base?: string | null;
  baseMode?: 'ref' | 'merge-base';
  /** Set when the run's budget differs from the defaults (and the configuration file's). */
  runs?: number;
  timeoutMs?: number;
}

/** Quotes a shell word when it needs it (POSIX sh). */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./#-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function replayCommand(relativePath: string, qualifiedName: string, seed: number, context: ReplayContext = {}): string {
  const words = ['vouch', 'verify', relativePath, '--only', qualifiedName, '--seed', String(seed)];
  if (context.base && context.base !== 'HEAD') {
    words.push('--base', context.base);
    if (context.baseMode === 'ref') words.push('--base-mode', 'ref');
  }
  if (context.runs !== undefined) words.push('--runs', String(context.runs));
  if (context.timeoutMs !== undefined) words.push('--timeout-ms', String(context.timeoutMs));
  return words.map(shellWord).join(' ');
}
