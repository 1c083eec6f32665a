// A synchronous infinite loop freezes a test worker for good: no timeout inside the worker can
// fire. The harness writes a progress record before every call; this watchdog, in the runner's
// main thread, sees a progress file that stopped moving in the middle of a call and names the
// input it was on.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeVersion, ProgressRecord } from '../runtime/progress';

export interface HangReport {
  subject: string;
  check: string;
  input: string;
  /** Which version was running: the old one hanging is not the new one's fault. */
  version: CodeVersion;
  /** The run's index in the check's first pass, to replay it first next time. */
  index?: number;
  /** The worker thread that hangs. */
  thread?: number;
}

function lastRecord(file: string): ProgressRecord | undefined {
  const text = readFileSync(file, 'utf8');
  const lines = text.trimEnd().split('\n');
  const last = lines[lines.length - 1];
  if (!last) return undefined;
  try {
    return JSON.parse(last) as ProgressRecord;
  } catch {
    return undefined;
  }
}

/** How a person reads the input of a record: as rendered, or by its place in the check's first pass. */
function inputName(record: ProgressRecord): string {
  return record.input || (record.index !== undefined ? `input #${record.index + 1} of the ${record.check} check` : 'an input');
}

/** Calls that started and never finished, in any progress file (after a worker died). */
export function unfinishedCalls(progressDir: string): HangReport[] {
  let entries: string[];
  try {
    entries = readdirSync(progressDir);
  } catch {
    return [];
  }
  const calls: HangReport[] = [];
  for (const entry of entries.filter((name) => name.endsWith('.progress'))) {
    const record = lastRecord(path.join(progressDir, entry));
    if (record?.event === 'call') calls.push({ subject: record.subject, check: record.check, input: inputName(record), version: record.version ?? 'current' });
  }
  return calls;
}

/** Progress files whose last record is a call that started more than `hangAfterMs` ago. */
export function findHang(progressDir: string, hangAfterMs: number, now = Date.now()): HangReport | undefined {
  let entries: string[];
  try {
    entries = readdirSync(progressDir);
  } catch {
    return undefined;
  }
  let oldest: { at: number; report: HangReport } | undefined;
  for (const entry of entries.filter((name) => name.endsWith('.progress'))) {
    const file = path.join(progressDir, entry);
    let modified: number;
    try {
      modified = statSync(file).mtimeMs;
    } catch {
      continue;
    }
    if (now - modified < hangAfterMs) continue;
    const record = lastRecord(file);
    if (!record || record.event !== 'call') continue;
    if (!oldest || modified < oldest.at) {
      oldest = {
        at: modified,
        report: { subject: record.subject, check: record.check, input: inputName(record), version: record.version ?? 'current', index: record.index, thread: record.thread },
      };
    }
  }
  return oldest?.report;
}

export class HangWatchdog {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly progressDir: string,
    private readonly onHang: (report: HangReport) => void,
  ) {}

  start(hangAfterMs: number): void {
    this.stop();
    const every = Math.max(50, Math.min(250, Math.floor(hangAfterMs / 4)));
    this.timer = setInterval(() => {
      const report = findHang(this.progressDir, hangAfterMs);
      if (report) {
        this.stop();
        this.onHang(report);
      }
    }, every);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
