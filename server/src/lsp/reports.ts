// What the UI asks for: a file's report (verdicts and their text, for the read-only report
// document) and the workspace summary (counts by state, for the sidebar and the status bar).
import * as path from 'node:path';
import type { FileReport, WorkspaceSummary } from '../../../shared/src/protocol';
import { countVerdicts } from '../core/model';
import type { Verdict, VerdictCounts } from '../core/model';
import { formatVerdict } from '../core/report/textReport';
import type { DocumentState } from './documentState';

function countsOf(state: DocumentState, isAccepted: (name: string) => boolean): VerdictCounts {
  const verdicts: Verdict[] = state.fresh().map(({ verdict }) =>
    verdict.state === 'changed' && isAccepted(verdict.declaration.qualifiedName) ? { ...verdict, state: 'accepted' } : verdict,
  );
  const counts = countVerdicts(verdicts);
  counts.pending = state.pending.size;
  return counts;
}

export function workspaceSummary(
  states: Iterable<DocumentState>,
  isAccepted: (uri: string, name: string) => boolean,
  context: { trusted: boolean; enabled: boolean; message?: string },
): WorkspaceSummary {
  const files: WorkspaceSummary['files'] = [];
  const total: VerdictCounts = { pending: 0, verified: 0, failed: 0, changed: 0, unverifiable: 0, accepted: 0 };
  for (const state of states) {
    const counts = countsOf(state, (name) => isAccepted(state.uri, name));
    if (Object.values(counts).every((n) => n === 0)) continue;
    files.push({ uri: state.uri, counts });
    for (const key of Object.keys(total) as (keyof VerdictCounts)[]) total[key] += counts[key];
  }
  return { counts: total, files, ...context };
}

export function fileReport(state: DocumentState | undefined, uri: string): FileReport {
  if (!state) return { uri, verdicts: [], text: 'Vouch has nothing to report for this file: it is not open or not a TypeScript file in the workspace.' };
  const verdicts = state.fresh().map((e) => e.verdict);
  const relative = path.relative(state.root, state.file);
  const lines = [`Vouch report: ${relative}`, ''];
  if (verdicts.length === 0) lines.push(state.pending.size > 0 ? 'Verification in progress.' : 'No declaration of this file has been verified yet.');
  for (const verdict of verdicts) lines.push(...formatVerdict(verdict, state.root), '');
  return { uri, verdicts, text: lines.join('\n') };
}
