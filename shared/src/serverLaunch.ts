// How the language server process is started: by the extension, and the same way by the LSP tests
// and the latency benchmark, so that what is measured is what users run.

/** V8 flags of the server process: a smaller young generation and footprint-first heuristics keep
 *  its resident memory down (it holds a TypeScript program) at a small cost in speed. */
export const SERVER_EXEC_ARGV = ['--optimize-for-size', '--max-semi-space-size=4'];
