// Verdicts by content hash: the same code, baseline and options give the same verdict, so undo,
// a repeated edit or a second CLI run answers at once. Kept in memory and in the workspace's
// cache folder (bounded; oldest dropped first).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Verdict } from '../model';

const LIMIT = 2_000;

export class VerdictCache {
  private readonly entries = new Map<string, Verdict>();
  private loaded = false;
  private dirty = false;

  constructor(private readonly file: string | undefined) {}

  private load(): void {
    if (this.loaded || !this.file) return;
    this.loaded = true;
    try {
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as { version: number; verdicts: Verdict[] };
      if (stored.version !== 1) return;
      for (const verdict of stored.verdicts) this.entries.set(verdict.contentHash, verdict);
    } catch {
      // no cache yet, or unreadable: start empty
    }
  }

  get(hash: string): Verdict | undefined {
    this.load();
    const verdict = this.entries.get(hash);
    if (!verdict) return undefined;
    this.entries.delete(hash);
    this.entries.set(hash, verdict); // most recently used last
    return { ...verdict, cached: true };
  }

  set(verdict: Verdict): void {
    this.load();
    if (verdict.state === 'pending') return;
    const { cached: _cached, ...stored } = verdict;
    this.entries.delete(verdict.contentHash);
    this.entries.set(verdict.contentHash, stored);
    while (this.entries.size > LIMIT) this.entries.delete(this.entries.keys().next().value!);
    this.dirty = true;
  }

  save(): void {
    if (!this.file || !this.dirty) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: 1, verdicts: [...this.entries.values()] }));
    renameSync(temporary, this.file);
    this.dirty = false;
  }
}
