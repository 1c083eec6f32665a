/** Folders (relative to the repository, `node_modules/vitest`) of every package needed at run time. */
export declare function runtimePackageDirs(): string[];
/** Packages `npm ls --omit=dev` lists that nothing needs at run time. */
export declare function devOnlyPackageDirs(): string[];
