// Types of summary.mjs (the parts tests use).

export declare const TARGETS: { killedFlagged: number; allFlagged: number; refactorsFlaggedAtMost: number; medianMs: number };
