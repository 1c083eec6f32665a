// A declaration chosen for verification, with everything the run needs to know about it.
import type { DeclarationInfo } from '../changes/declarations';
import type { BaselineSource, ChangeKind, CheckKind, DeclarationRef } from '../model';

export interface Target {
  id: string;
  ref: DeclarationRef;
  info: DeclarationInfo;
  change: ChangeKind;
  baseline: BaselineSource;
  /** Compare old and new behaviour (a baseline exists and the signature did not change). */
  compare: boolean;
  seed: number;
  notes: string[];
  /** The generated test file, when there is something to run. */
  testFile?: string;
  checks: CheckKind[];
  /** A new private helper's callers: its crashes, hangs and contract breaks on inputs they may
   *  never pass are not reported (the callers are checked with what they do pass). */
  reachedThrough?: string[];
  /** Why inputs could not be generated (only doctests or related tests can run). */
  unverifiable?: string;
  contentHash: string;
}
