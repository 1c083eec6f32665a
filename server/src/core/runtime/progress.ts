// Before every call the harness writes the input it is about to try, synchronously, to a progress
// file. A synchronous infinite loop freezes the worker for good; the runner's watchdog then reads
// the last record to name the input that hung.
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';

export const PROGRESS_DIR_ENV = 'VOUCH_PROGRESS_DIR';
/** Inputs known to hang, by subject and version, written by the runner for a re-run. */
export const KNOWN_HANGS_FILE = 'known-hangs.json';

export type CodeVersion = 'current' | 'baseline';

export interface ProgressRecord {
  subject: string;
  check: string;
  /** The call about to run, rendered. */
  input: string;
  /** 'call' before a call, 'returned' once it settled; 'done' when the check finished. Only a
   *  call with no answer yet can be hanging: a worker slowed by load between calls is not. */
  event: 'call' | 'returned' | 'done';
  /** Which version the call runs. */
  version?: CodeVersion;
  /** The run's index in the check's first pass (examples first): replays the input with fast-check's `path`. */
  index?: number;
  /** The worker thread making the call: the one to terminate if it hangs. */
  thread?: number;
}

export interface SubjectHangs {
  /** Inputs (rendered) that hang, found while shrinking. */
  current?: string[];
  baseline?: string[];
  /** First-pass run indexes that hang: the same input in every check of the subject. */
  currentIndexes?: number[];
  baselineIndexes?: number[];
  /** Runs to replay first in a re-run, so the known hang is judged before anything else. */
  replay?: { check: string; index: number }[];
}

export type KnownHangs = Record<string, SubjectHangs>;

/** The inputs found hanging in an earlier run (the watchdog stopped it), read once per worker. */
export function readKnownHangs(): KnownHangs {
  const dir = process.env[PROGRESS_DIR_ENV];
  if (!dir) return {};
  try {
    return JSON.parse(readFileSync(path.join(dir, KNOWN_HANGS_FILE), 'utf8')) as KnownHangs;
  } catch {
    return {};
  }
}

export function progressFileName(subjectId: string): string {
  return `${subjectId.replace(/[^A-Za-z0-9._-]+/g, '_')}.progress`;
}

export class ProgressLog {
  private fd: number | undefined;

  constructor(private readonly subjectId: string) {
    const dir = process.env[PROGRESS_DIR_ENV];
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    this.fd = openSync(path.join(dir, progressFileName(subjectId)), 'a');
  }

  record(check: string, input: string, event: ProgressRecord['event'] = 'call', version?: CodeVersion, index?: number): void {
    if (this.fd === undefined) return;
    const line: ProgressRecord = { subject: this.subjectId, check, input, event, version, index, thread: threadId };
    writeSync(this.fd, `${JSON.stringify(line)}\n`);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
