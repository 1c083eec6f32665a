// Read-only windows on what the client decided and drew, for the extension-host tests and tooling
// (`ExtensionParts.probes`): how each change event was classified, which lines got which AI-edit
// decoration in which visible editor, and the Test Explorer's items with the results reported for
// them. The VS Code API cannot read decorations or another extension's test results back, so the
// parts that make them keep these records. No feature reads them; nothing here changes state.
import type { TextRange } from './aiEdits/changeRanges';
import type { ChangeKind } from './aiEdits/classifyChange';
import type { AiEditSource } from '../../shared/src/protocol';
import type { AiEditGroup } from './views/aiRangeGroups';

/** How the AI-edit tracker read one change of a tracked document. */
export interface ClassificationRecord {
  uri: string;
  version: number;
  kind: ChangeKind;
  /** Set for `ai`: what made it one (`insertion`, `multiRange`, `diskRewrite`). */
  source?: AiEditSource;
  /** Where the inserted text is, in that version (0-based). */
  ranges: TextRange[];
}

export interface AiEditsProbe {
  /** The latest classifications, oldest first (the last 200), of one document or of all. */
  classifications(uri?: string): readonly ClassificationRecord[];
}

/** Lines `[first, last]`, 0-based and inclusive. */
export type LineSpanTuple = readonly [number, number];

/** The ranges last passed to `setDecorations` for one document's visible editor, by group. */
export interface AppliedDecorations {
  /** Counts the redraws of this document, from 1. */
  redraw: number;
  /** The first line of each span (the state's gutter icon) and the rest (the bar). */
  groups: Record<AiEditGroup, { heads: LineSpanTuple[]; bars: LineSpanTuple[] }>;
}

export interface DecorationsProbe {
  /** Every redraw of a document's visible editors, oldest first (the last 50). */
  history(uri: string): readonly AppliedDecorations[];
}

/** A result a test run reported for an item. */
export interface TestResultRecord {
  status: 'passed' | 'failed' | 'skipped' | 'errored';
  /** The test messages' texts. */
  messages: string[];
  /** The run's name: `Vouch` for verdicts that arrived on their own, `Run with Vouch` for the run profile. */
  run: string;
  /** Counts results over the whole controller, from 1: a later result has a higher number. */
  sequence: number;
}

export interface TestItemSnapshot {
  id: string;
  label: string;
  uri?: string;
  busy: boolean;
  /** The latest result reported for the item, if any. */
  result?: TestResultRecord;
  children: TestItemSnapshot[];
}

export interface TestControllerProbe {
  /** The controller's items now: files, their declarations, the declarations' checks. */
  snapshot(): TestItemSnapshot[];
}

/** Filled in as the parts register during activation; all present once `activate` resolved. */
export interface ExtensionProbes {
  aiEdits?: AiEditsProbe;
  decorations?: DecorationsProbe;
  testController?: TestControllerProbe;
}

/** Keeps the last `limit` entries. */
export function pushBounded<T>(list: T[], entry: T, limit: number): void {
  list.push(entry);
  if (list.length > limit) list.splice(0, list.length - limit);
}

/** The AI-edit tracker's classifications, as `AiEditsProbe`. */
export class ClassificationLog implements AiEditsProbe {
  private readonly records: ClassificationRecord[] = [];

  add(record: ClassificationRecord): void {
    pushBounded(this.records, record, 200);
  }

  classifications(uri?: string): readonly ClassificationRecord[] {
    return uri === undefined ? [...this.records] : this.records.filter((record) => record.uri === uri);
  }
}
