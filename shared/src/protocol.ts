// Every custom message between the Vouch client and server, defined once. Both sides import these
// constants; nobody writes a method name at a call site. docs/protocol.md lists them, and a test
// keeps that list in step with this file.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';
import type { CheckKind, Verdict, VerdictCounts, VerdictState } from '../../server/src/core/model';

// ---- AI edits (client → server) -------------------------------------------------------------

/** Which heuristic marked an edit as written by an AI tool. */
export type AiEditSource = 'insertion' | 'multiRange' | 'awayFromCursor' | 'diskRewrite' | 'manual';

export interface AiEditParams {
  uri: string;
  /** The document version the ranges refer to (after the edit). */
  version: number;
  /** The inserted or replaced ranges, in the document after the edit. */
  ranges: Range[];
  source: AiEditSource;
  /** The document's text just before the edit: the `preEdit` baseline. */
  textBefore?: string;
}

/** An edit the client classified as an AI edit, or the user marked as one. */
export const AiEditNotification = new NotificationType<AiEditParams>('vouch/aiEdit');

export interface ClearAiMarksParams {
  /** One document, or every document when absent. */
  uri?: string;
}

/** Forget AI marks ("Clear AI marks"). */
export const ClearAiMarksRequest = new RequestType<ClearAiMarksParams, void, void>('vouch/clearAiMarks');

// ---- Workspace trust (client → server) ------------------------------------------------------

export interface WorkspaceTrustParams {
  trusted: boolean;
}

/** Whether the workspace is trusted; untrusted means nothing is executed. */
export const WorkspaceTrustNotification = new NotificationType<WorkspaceTrustParams>('vouch/workspaceTrust');

// ---- The active editor (client → server) ---------------------------------------------------

export interface ActiveDocumentParams {
  /** The document in the active editor, or undefined when none. */
  uri?: string;
}

/** The document the user looks at: verified before the others. */
export const ActiveDocumentNotification = new NotificationType<ActiveDocumentParams>('vouch/activeDocument');

// ---- Actions (client → server) -----------------------------------------------------------------

export interface DeclarationParams {
  uri: string;
  /** Qualified name (`Cart.total`); the whole document when absent. */
  declaration?: string;
}

/** Verify again, ignoring cached verdicts. */
export const RerunRequest = new RequestType<DeclarationParams, void, void>('vouch/rerun');

/** Accept a behaviour change: the declaration's current behaviour becomes its baseline until its code changes again. */
export const AcceptChangeRequest = new RequestType<DeclarationParams & { declaration: string }, void, void>('vouch/acceptChange');

export interface GenerateTestsResult {
  /** The test file written (a file: URI). */
  uri: string;
  framework: 'vitest' | 'jest';
  created: boolean;
  /** Test names added by this call, and names kept as the user left them. */
  added: string[];
  kept: string[];
  /** What was left out and why (a declaration not exported, an input that crashes…). */
  notes: string[];
}

/** "Generate tests": write a persistent test file for the declaration into the workspace. */
export const GenerateTestsRequest = new RequestType<DeclarationParams, GenerateTestsResult, void>('vouch/generateTests');

// ---- What the UI shows (server → client, and requests) -------------------------------------

/** A declaration's verdict as the editor shows it; `pending` while a run is under way. */
export interface DeclarationStatus {
  qualifiedName: string;
  /** 0-based range of the declaration in the document version below. */
  range: Range;
  state: VerdictState;
  /** The full verdict, once there is one. */
  verdict?: Verdict;
  /** True when an AI edit touched it. */
  aiEdited: boolean;
}

export interface FileVerdicts {
  uri: string;
  version: number;
  declarations: DeclarationStatus[];
  /** AI-edited ranges in this version, for decorations. */
  aiRanges: Range[];
}

/** A document's verdicts changed (a run started, a verdict arrived, an edit made them stale). */
export const FileVerdictsNotification = new NotificationType<FileVerdicts>('vouch/fileVerdicts');

export interface WorkspaceSummary {
  counts: VerdictCounts;
  files: { uri: string; counts: VerdictCounts }[];
  trusted: boolean;
  enabled: boolean;
  /** Why nothing is verified, when that is the case. */
  message?: string;
}

export const WorkspaceSummaryRequest = new RequestType<void, WorkspaceSummary, void>('vouch/workspaceSummary');

export interface FileReportParams {
  uri: string;
}

export interface FileReport {
  uri: string;
  verdicts: Verdict[];
  /** The report as text, for the read-only `vouch-report:` document. */
  text: string;
}

export const FileReportRequest = new RequestType<FileReportParams, FileReport, void>('vouch/fileReport');

export interface StatusParams {
  /** Declarations being verified now, and waiting. */
  running: number;
  queued: number;
  trusted: boolean;
  enabled: boolean;
}

/** Verification started or stopped somewhere; for the status bar. */
export const StatusNotification = new NotificationType<StatusParams>('vouch/status');

export type { CheckKind, Verdict, VerdictCounts, VerdictState };
