// The workspace's own tests that exercise a changed file: test files that import it directly or
// through other modules, each with the shortest import chain that leads there (shown to the
// person as "runs because test → cart.ts → pricing.ts").
import path from 'node:path';
import { throwIfAborted, VouchError } from '../errors';
import { ImportGraph, type Overlays } from '../workspace/importGraph';
import { isTestFilePath } from '../workspace/testFiles';

export interface RelatedTest {
  /** Absolute path of the test file. */
  testFile: string;
  /** Absolute paths: the test file, the modules it imports on the way, the changed file. */
  chain: string[];
}

export interface FindRelatedTestsOptions {
  root: string;
  /** Changed files, absolute or relative to the root. */
  changedFiles: readonly string[];
  /** Most imports between a test file and a changed file (default 10). */
  maxDepth?: number;
  /** Unsaved editor buffers (absolute path → text), read instead of the disk. */
  overlays?: Overlays;
  /** A graph kept across calls for this root; without one, a fresh graph is read. */
  graph?: ImportGraph;
  /** Test files to leave out (globs relative to the root); used only when no graph is passed. */
  exclude?: readonly string[];
  signal?: AbortSignal;
}

export const DEFAULT_MAX_DEPTH = 10;

/**
 * Test files that import a changed file directly or transitively, shortest chain first. A
 * changed file that is itself a test file is included with a chain of one.
 */
export async function findRelatedTests(options: FindRelatedTestsOptions): Promise<RelatedTest[]> {
  const root = path.resolve(options.root);
  const graph = options.graph ?? new ImportGraph(root, { exclude: options.exclude });
  if (graph.root !== root) {
    throw new VouchError('INVALID_OPTION', `the import graph is for ${graph.root}, not ${root}`);
  }
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const overlays = normalizedOverlays(options.overlays, root);
  const changed = new Set(options.changedFiles.map((file) => path.resolve(root, file)));

  const unsavedTests = [...(overlays?.keys() ?? [])].filter((file) => isTestFilePath(file, root));
  const tests = [...new Set([...(await graph.testFiles(options.signal)), ...unsavedTests])].sort();
  const edges = await importEdges(graph, tests, maxDepth, overlays, options.signal);
  const towardChanged = shortestPathsTo(changed, edges, maxDepth);

  const related: RelatedTest[] = [];
  for (const testFile of tests) {
    if (!towardChanged.has(testFile)) continue;
    const chain = [testFile];
    for (let next = towardChanged.get(testFile); next; next = towardChanged.get(next)) chain.push(next);
    related.push({ testFile, chain });
  }
  return related.sort((a, b) => a.chain.length - b.chain.length || (a.testFile < b.testFile ? -1 : a.testFile > b.testFile ? 1 : 0));
}

/** Import edges of every file within `maxDepth` imports of a test file, read level by level. */
async function importEdges(
  graph: ImportGraph,
  tests: readonly string[],
  maxDepth: number,
  overlays: Overlays | undefined,
  signal: AbortSignal | undefined,
): Promise<Map<string, string[]>> {
  const edges = new Map<string, string[]>();
  const seen = new Set(tests);
  let level = [...tests];
  for (let depth = 0; depth < maxDepth && level.length > 0; depth++) {
    throwIfAborted(signal);
    const imports = await Promise.all(level.map((file) => graph.importsOf(file, overlays)));
    const next: string[] = [];
    level.forEach((file, index) => {
      edges.set(file, imports[index]);
      for (const imported of imports[index]) {
        if (!seen.has(imported)) {
          seen.add(imported);
          next.push(imported);
        }
      }
    });
    level = next;
  }
  throwIfAborted(signal);
  return edges;
}

/**
 * For every file that reaches a changed file in at most `maxDepth` imports, the next file on a
 * shortest way there (a changed file maps to undefined). Breadth-first over reversed edges, so
 * import cycles end.
 */
function shortestPathsTo(changed: ReadonlySet<string>, edges: ReadonlyMap<string, string[]>, maxDepth: number): Map<string, string | undefined> {
  const importers = new Map<string, string[]>();
  for (const [file, imports] of edges) {
    for (const imported of imports) {
      const list = importers.get(imported);
      if (list) list.push(file);
      else importers.set(imported, [file]);
    }
  }
  const next = new Map<string, string | undefined>([...changed].map((file) => [file, undefined]));
  let level = [...changed];
  for (let depth = 0; depth < maxDepth && level.length > 0; depth++) {
    const upper: string[] = [];
    for (const file of level) {
      for (const importer of importers.get(file) ?? []) {
        if (next.has(importer)) continue;
        next.set(importer, file);
        upper.push(importer);
      }
    }
    level = upper;
  }
  return next;
}

function normalizedOverlays(overlays: Overlays | undefined, root: string): Overlays | undefined {
  if (!overlays || overlays.size === 0) return undefined;
  return new Map([...overlays].map(([file, text]) => [path.resolve(root, file), text]));
}
