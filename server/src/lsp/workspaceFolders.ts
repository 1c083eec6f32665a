// Which workspace folder a document belongs to. Every per-workspace thing (settings, engine
// state, AI marks) is keyed by the folder, so multi-root workspaces keep their folders apart.
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { WorkspaceFolder } from 'vscode-languageserver';

export function fileOf(uri: string): string | undefined {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : undefined;
}

export class WorkspaceFolders {
  private roots: string[] = [];

  set(folders: readonly WorkspaceFolder[] | null | undefined): void {
    this.roots = (folders ?? []).map((f) => fileOf(f.uri)).filter((p): p is string => Boolean(p));
  }

  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => fileOf(f.uri)));
    this.roots = [...this.roots.filter((r) => !gone.has(r)), ...added.map((f) => fileOf(f.uri)).filter((p): p is string => Boolean(p))];
  }

  all(): readonly string[] {
    return this.roots;
  }

  /** The innermost folder that contains the file, or undefined outside every folder. */
  rootOf(file: string): string | undefined {
    let best: string | undefined;
    for (const root of this.roots) {
      const relative = path.relative(root, file);
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      if (!best || root.length > best.length) best = root;
    }
    return best;
  }
}
