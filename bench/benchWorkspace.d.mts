// Types of benchWorkspace.mjs.

export interface DemoCopy {
  root: string;
  remove(): void;
}

export declare function tempFolder(prefix?: string): string;
export declare function writeFiles(root: string, files: Record<string, string>): void;
export declare function demoGitCopy(workspaceDir: string, edit?: Record<string, string>, prefix?: string): DemoCopy;
