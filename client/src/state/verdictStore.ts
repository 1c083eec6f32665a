// What the client knows of Vouch's results, fed by the server's `vouch/fileVerdicts` and
// `vouch/status` notifications. Every view (sidebar, panel, status bar, decorations, Test
// Explorer) reads from here and listens to its events, so they always agree.
import * as vscode from 'vscode';
import type { DeclarationStatus, FileVerdicts, StatusParams, VerdictCounts, VerdictState } from '../../../shared/src/protocol';

export type { DeclarationStatus, FileVerdicts, StatusParams, VerdictCounts, VerdictState };

export function emptyCounts(): VerdictCounts {
  return { pending: 0, verified: 0, failed: 0, changed: 0, unverifiable: 0, accepted: 0 };
}

export class VerdictStore implements vscode.Disposable {
  private readonly byUri = new Map<string, FileVerdicts>();
  private statusNow: StatusParams = { running: 0, queued: 0, trusted: vscode.workspace.isTrusted, enabled: true };
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  private readonly statusChanged = new vscode.EventEmitter<StatusParams>();
  /** A document's verdicts changed (its URI), or everything did (undefined). */
  readonly onDidChange = this.changed.event;
  readonly onDidChangeStatus = this.statusChanged.event;

  update(verdicts: FileVerdicts): void {
    const known = this.byUri.get(verdicts.uri);
    if (known && known.version > verdicts.version) return; // an older version arriving late
    if (verdicts.declarations.length === 0 && verdicts.aiRanges.length === 0) this.byUri.delete(verdicts.uri);
    else this.byUri.set(verdicts.uri, verdicts);
    this.changed.fire(verdicts.uri);
  }

  setStatus(status: StatusParams): void {
    this.statusNow = status;
    this.statusChanged.fire(status);
  }

  /** Forget everything (the server restarted). */
  clear(): void {
    this.byUri.clear();
    this.changed.fire(undefined);
  }

  file(uri: string): FileVerdicts | undefined {
    return this.byUri.get(uri);
  }

  files(): FileVerdicts[] {
    return [...this.byUri.values()].sort((a, b) => a.uri.localeCompare(b.uri));
  }

  status(): StatusParams {
    return this.statusNow;
  }

  /** Declarations by state over the whole workspace. */
  counts(): VerdictCounts {
    const counts = emptyCounts();
    for (const file of this.byUri.values()) for (const d of file.declarations) counts[d.state]++;
    return counts;
  }

  fileCounts(uri: string): VerdictCounts {
    const counts = emptyCounts();
    for (const d of this.byUri.get(uri)?.declarations ?? []) counts[d.state]++;
    return counts;
  }

  dispose(): void {
    this.changed.dispose();
    this.statusChanged.dispose();
  }
}
