// What the server knows about one open document: its outline (declarations and the hash of their
// code), the verdicts it has for them, tied to the code they judged, and which are pending.
// A verdict whose declaration's code changed since is stale and is dropped at once, so no old
// squiggle survives an edit; a verdict for unchanged code stays, at the declaration's new place.
import type { OutlineEntry } from '../core/engine';
import type { Verdict } from '../core/model';

export interface VerdictEntry {
  verdict: Verdict;
  /** The declaration's code hash when it was verified. */
  codeHash: string;
}

export class DocumentState {
  outline: OutlineEntry[] = [];
  readonly verdicts = new Map<string, VerdictEntry>();
  pending = new Set<string>();
  /** The text just before the first AI edit since the marks were cleared (the `preEdit` baseline). */
  preEditText: string | undefined;
  /** Why the document is not verified at all (too large, binary), logged once. */
  skipped: string | undefined;

  constructor(
    readonly uri: string,
    readonly file: string,
    readonly root: string,
    public version: number,
    public text: string,
  ) {}

  entry(name: string): OutlineEntry | undefined {
    return this.outline.find((e) => e.qualifiedName === name);
  }

  /** Takes a new outline and drops the verdicts its changes made stale; true when some were. */
  updateOutline(outline: OutlineEntry[]): boolean {
    this.outline = outline;
    let dropped = false;
    for (const [name, entry] of this.verdicts) {
      if (this.entry(name)?.codeHash !== entry.codeHash) {
        this.verdicts.delete(name);
        dropped = true;
      }
    }
    for (const name of [...this.pending]) if (!this.entry(name)) this.pending.delete(name);
    return dropped;
  }

  record(verdict: Verdict, codeHash: string): void {
    this.verdicts.set(verdict.declaration.qualifiedName, { verdict, codeHash });
    this.pending.delete(verdict.declaration.qualifiedName);
  }

  /** Verdicts for the code as it is now. */
  fresh(): VerdictEntry[] {
    return [...this.verdicts.values()].filter((e) => this.entry(e.verdict.declaration.qualifiedName)?.codeHash === e.codeHash);
  }
}

/** Behaviour changes the user accepted: each holds while the declaration's code stays the same. */
export class AcceptedChanges {
  private readonly accepted = new Map<string, Map<string, string>>();

  accept(uri: string, name: string, codeHash: string): void {
    let byName = this.accepted.get(uri);
    if (!byName) this.accepted.set(uri, (byName = new Map()));
    byName.set(name, codeHash);
  }

  isAccepted(uri: string, name: string, codeHash: string | undefined): boolean {
    return codeHash !== undefined && this.accepted.get(uri)?.get(name) === codeHash;
  }
}
