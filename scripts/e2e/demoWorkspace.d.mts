export interface DemoWorkspace {
  /** Absolute path of the temp folder (symlinks resolved). */
  root: string;
  git(...args: string[]): string;
  remove(): void;
}
/** A fresh temp copy of test-fixtures/demo/workspace, committed as the git baseline. */
export declare function demoWorkspace(prefix?: string): DemoWorkspace;
