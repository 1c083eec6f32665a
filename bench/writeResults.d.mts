// Types of writeResults.mjs. The results are what bench/run.mjs and bench/editorLatency.mjs write
// (bench/results.json, bench/editor.json); their shape is documented by those writers.

export declare function renderResults(results: unknown, editor?: unknown): string;
export declare function readEditorResults(dir: string): unknown;
