// Before every call the harness writes the input it is about to try, synchronously, to a progress
// file. A synchronous infinite loop freezes the worker for good; the runner's watchdog then reads
// the last record to name the input that hung.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import * as path from 'node:path';

export const PROGRESS_DIR_ENV = 'VOUCH_PROGRESS_DIR';

export interface ProgressRecord {
  subject: string;
  check: string;
  /** The call about to run, rendered. */
  input: string;
  /** 'call' before a call; 'done' when the check finished. */
  event: 'call' | 'done';
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

  record(check: string, input: string, event: ProgressRecord['event'] = 'call'): void {
    if (this.fd === undefined) return;
    const line: ProgressRecord = { subject: this.subjectId, check, input, event };
    writeSync(this.fd, `${JSON.stringify(line)}\n`);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
