// Waits for the declarations of a "Run with Vouch" run to get their new verdicts. After the rerun
// request, a declaration is done when it went pending and left it, or, for one the server found
// nothing new to run for, when the server went busy and then idle again (or stayed quiet). A
// declaration that disappears is done too, without a verdict. No `vscode` here.
import type { DeclarationStatus, StatusParams } from '../../../shared/src/protocol';

export interface WatchedDeclaration {
  /** The Test Explorer item id. */
  id: string;
  uri: string;
  qualifiedName: string;
}

export interface Finished {
  target: WatchedDeclaration;
  /** Its state now; undefined when it is gone from the store. */
  status?: DeclarationStatus;
}

export type Lookup = (uri: string, qualifiedName: string) => DeclarationStatus | undefined;

export class RerunWatch {
  private readonly waiting = new Map<string, WatchedDeclaration>();
  private readonly seenPending = new Set<string>();
  private busySeen = false;
  private armed = false;

  constructor(targets: readonly WatchedDeclaration[]) {
    for (const target of targets) this.waiting.set(target.id, target);
  }

  get done(): boolean {
    return this.waiting.size === 0;
  }

  /** The declarations still waiting. */
  remaining(): WatchedDeclaration[] {
    return [...this.waiting.values()];
  }

  /** Whether anything has happened since the rerun (a pending declaration or a busy server). */
  get stirred(): boolean {
    return this.busySeen || this.seenPending.size > 0;
  }

  /**
   * The rerun requests were answered: from now on the server's busy and idle count. (Before, an
   * idle status could still end an earlier run of other files.)
   */
  arm(): void {
    this.armed = true;
  }

  /** Looks at the store's state now; returns the declarations that finished since the last look. */
  observe(lookup: Lookup, status: StatusParams): Finished[] {
    const busy = status.running + status.queued > 0;
    const idleAfterBusy = this.armed && this.busySeen && !busy;
    if (busy && this.armed) this.busySeen = true;
    const finished: Finished[] = [];
    for (const target of this.waiting.values()) {
      const now = lookup(target.uri, target.qualifiedName);
      if (now?.state === 'pending') {
        this.seenPending.add(target.id);
        continue;
      }
      if (!now || this.seenPending.has(target.id) || idleAfterBusy) finished.push({ target, status: now });
    }
    for (const { target } of finished) this.waiting.delete(target.id);
    return finished;
  }

  /** Nothing stirred for a while after the rerun: the server had nothing to run, take the states as they are. */
  settle(lookup: Lookup): Finished[] {
    if (this.stirred) return [];
    const finished = this.remaining().map((target) => ({ target, status: lookup(target.uri, target.qualifiedName) }));
    this.waiting.clear();
    return finished;
  }
}
