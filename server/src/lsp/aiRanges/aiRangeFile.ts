// The AI marks on disk, in the workspace's cache folder, so they survive a server restart and a
// window reload. Each document's marks carry the hash of the text they refer to: marks are only
// restored onto that same text. Written atomically (a temporary file, then a rename).
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Range } from 'vscode-languageserver';
import type { AiEditSource } from '../../../../shared/src/protocol';

export const AI_RANGES_FILE_NAME = 'ai-ranges.json';
const FORMAT_VERSION = 1;

export interface PersistedMark {
  range: Range;
  source: AiEditSource;
  markedAt: number;
}

export interface PersistedDocumentMarks {
  /** sha256 of the document's text the ranges refer to. */
  textHash: string;
  marks: PersistedMark[];
}

export interface AiRangeFile {
  version: typeof FORMAT_VERSION;
  documents: Record<string, PersistedDocumentMarks>;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function aiRangeFilePath(folder: string): string {
  return path.join(folder, AI_RANGES_FILE_NAME);
}

export async function writeAiRangeFile(folder: string, documents: Record<string, PersistedDocumentMarks>): Promise<void> {
  await fs.mkdir(folder, { recursive: true });
  const target = aiRangeFilePath(folder);
  const temporary = path.join(folder, `.${AI_RANGES_FILE_NAME}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const file: AiRangeFile = { version: FORMAT_VERSION, documents };
  try {
    await fs.writeFile(temporary, `${JSON.stringify(file, null, 1)}\n`, 'utf8');
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** The saved marks, or nothing when there is no file or it is unreadable; malformed entries are skipped. */
export async function readAiRangeFile(folder: string): Promise<Record<string, PersistedDocumentMarks> | undefined> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(aiRangeFilePath(folder), 'utf8'));
  } catch {
    return undefined;
  }
  if (!isObject(raw) || raw.version !== FORMAT_VERSION || !isObject(raw.documents)) return undefined;
  const documents: Record<string, PersistedDocumentMarks> = {};
  for (const [uri, entry] of Object.entries(raw.documents)) {
    if (!isObject(entry) || typeof entry.textHash !== 'string' || !Array.isArray(entry.marks)) continue;
    const marks = entry.marks.filter(isPersistedMark);
    if (marks.length > 0) documents[uri] = { textHash: entry.textHash, marks };
  }
  return documents;
}

const SOURCES: readonly string[] = ['insertion', 'multiRange', 'awayFromCursor', 'diskRewrite', 'manual'] satisfies AiEditSource[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPosition(value: unknown): boolean {
  return isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.character) && (value.line as number) >= 0 && (value.character as number) >= 0;
}

function isPersistedMark(value: unknown): value is PersistedMark {
  return (
    isObject(value) &&
    isObject(value.range) &&
    isPosition(value.range.start) &&
    isPosition(value.range.end) &&
    typeof value.source === 'string' &&
    SOURCES.includes(value.source) &&
    typeof value.markedAt === 'number'
  );
}
