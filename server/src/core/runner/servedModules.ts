// The vite plugin through which the runner serves code that is not on disk, without writing next
// to the user's files:
//   /abs/src/a.ts                  the unsaved buffer when there is one, else the file
//   /abs/src/a.ts?vouch=current    the same, plus an export of its non-exported declarations
//   /abs/src/a.ts?vouch=baseline   the old version (git), plus the same export
// A baseline's relative imports resolve against the real folder; those that reach another file
// with a baseline get the baseline too, so old code calls old code.
// Every text served from memory registers itself, so stack frames can be read against it.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export const CURRENT_QUERY = 'vouch=current';
export const BASELINE_QUERY = 'vouch=baseline';
export const HARNESS_SPECIFIER = '@vouch/harness';

export interface ServedModulesState {
  overlays: Map<string, string>;
  baselines: Map<string, string>;
  /** Files whose plain path serves the baseline (re-running workspace tests on old code). */
  baselineAsCurrent: Set<string>;
  /** Non-exported declarations to export, by module id (`/abs/a.ts?vouch=current`). */
  addedExports: Map<string, string[]>;
}

export interface ServedModulesOptions {
  state: ServedModulesState;
  /** Folders of generated tests: their bare imports of fast-check and the harness resolve to Vouch's copies. */
  isGeneratedTest(file: string): boolean;
  fastCheckEntry: string;
  harnessEntry: string;
}

function splitId(id: string): { file: string; query: string } {
  const at = id.indexOf('?');
  return at === -1 ? { file: id, query: '' } : { file: id.slice(0, at), query: id.slice(at + 1) };
}

function withInternals(text: string, names: readonly string[] | undefined): string {
  return !names || names.length === 0 ? text : `${text}\n;export { ${names.join(', ')} };\n`;
}

function registered(text: string, id: string): string {
  return `${text}\n;(globalThis[Symbol.for('vouch.servedSources')] ??= new Map()).set(${JSON.stringify(id)}, ${JSON.stringify(text)});\n`;
}

export function servedModulesPlugin(options: ServedModulesOptions): Plugin {
  const { state } = options;
  const currentText = (file: string): string =>
    state.baselineAsCurrent.has(file) ? state.baselines.get(file)! : (state.overlays.get(file) ?? readFileSync(file, 'utf8'));
  return {
    name: 'vouch:served-modules',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer) return null;
      const from = splitId(importer);
      if (options.isGeneratedTest(from.file) || from.file === options.harnessEntry) {
        if (source === 'fast-check') return options.fastCheckEntry;
        if (source === HARNESS_SPECIFIER) return options.harnessEntry;
      }
      if (from.query === BASELINE_QUERY && (source.startsWith('.') || source.startsWith('/'))) {
        const resolved = await this.resolve(source, from.file, { skipSelf: true });
        if (resolved && state.baselines.has(splitId(resolved.id).file)) return `${splitId(resolved.id).file}?${BASELINE_QUERY}`;
        return resolved;
      }
      return null;
    },
    load(id) {
      const { file, query } = splitId(id);
      if (query === BASELINE_QUERY) {
        const text = state.baselines.get(file);
        if (text === undefined) throw new Error(`Vouch has no baseline for ${file}`);
        return registered(withInternals(text, state.addedExports.get(id)), id);
      }
      if (query === CURRENT_QUERY) return registered(withInternals(currentText(file), state.addedExports.get(id)), id);
      if (query === '' && (state.overlays.has(file) || state.baselineAsCurrent.has(file))) return registered(currentText(file), id);
      return null;
    },
  };
}
