// Measurement 5: the time from an AI edit to its result in the editor, through the real language
// server (dist/server.js spoken to over IPC, as VS Code does). One server on a temp git copy of the
// demo; `bulkPrice` in src/pricing.ts is rewritten again and again as one AI insertion, each time
// differently so the verdict cache cannot answer. Two kinds of edit, interleaved: one that keeps
// the behaviour (the result is a verdict with no squiggle) and one that moves a discount boundary
// (the result is the behaviour-change warning). Timed: from sending the edit to the first
// publication of the declaration's verdict for that document version, and, for the second kind,
// to the diagnostic itself. The first edits warm the server up and are not counted.
//
// Bundled by bench/run.mjs into bench/.work/lspLatency.cjs; run as `node lspLatency.cjs <plan.json>`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AiEditNotification } from '../shared/src/protocol';
import { LspSession, offsetAt, positionAt } from '../test/lsp/lspSession';
import { demoGitCopy, tempFolder } from './benchWorkspace.mjs';
import { vouchRole, watchPeakMemory } from './processMemory.mjs';
import { summarize } from './stats.mjs';

interface LatencyPlan {
  workspaceDir: string;
  serverPath: string;
  /** Timed edits (after the warm-up ones). */
  edits: number;
  warmup: number;
  outFile: string;
}

interface Timed {
  kind: 'keeps' | 'changes';
  toVerdictMs: number;
  toDiagnosticMs?: number;
  state: string;
}

function bulkPriceBody(text: string): { start: number; end: number } {
  const start = text.indexOf('export function bulkPrice(');
  const end = text.indexOf('\n}\n', start) + 3;
  if (start < 0 || end < 3) throw new Error('bulkPrice not found in src/pricing.ts');
  return { start, end };
}

async function main(): Promise<void> {
  const plan = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LatencyPlan;
  const copy = demoGitCopy(plan.workspaceDir, {}, 'vouch-bench-lsp-');
  const cache = tempFolder('vouch-bench-lsp-cache-');
  const session = await LspSession.start({ folders: [copy.root], env: { VOUCH_CACHE_DIR: cache }, serverPath: plan.serverPath });
  const memory = watchPeakMemory(session.child.pid!, vouchRole(session.child.pid!));
  const file = path.join(copy.root, 'src/pricing.ts');
  const uri = await session.open(file);
  const original = session.textOf(uri);
  const { start, end } = bulkPriceBody(original);
  const originalFunction = original.slice(start, end);
  const timed: Timed[] = [];

  for (let i = 0; i < plan.warmup + plan.edits; i++) {
    const kind: Timed['kind'] = i % 2 === 0 ? 'keeps' : 'changes';
    // `keeps`: a renamed local that no run has seen; `changes`: the 10-unit tier moved to 10 + i.
    const rewritten =
      kind === 'keeps'
        ? originalFunction.replace('export function bulkPrice(', `export function bulkPrice(`).replace(/\{\n/, `{\n  const edit${i} = ${i};\n  void edit${i};\n`)
        : originalFunction.replace(/qty >= 10\b/, `qty >= ${10 + i}`);
    if (rewritten === originalFunction && kind === 'changes') throw new Error('the demo bulkPrice no longer has `qty >= 10`');
    const text = session.textOf(uri);
    const range = bulkPriceBody(text);
    const from = positionAt(text, range.start);
    const to = positionAt(text, range.end);
    const mark = session.statusMark();
    const sentAt = performance.now();
    const version = await session.change(uri, [{ range: { start: from, end: to }, text: rewritten }]);
    const after = session.textOf(uri);
    const endOfInsert = positionAt(after, offsetAt(after, from) + rewritten.length);
    await session.connection.sendNotification(AiEditNotification, { uri, version, ranges: [{ start: from, end: endOfInsert }], source: 'insertion', textBefore: text });
    const verdict = await session.waitFor('the verdict of bulkPrice', () => {
      const published = session.verdicts.filter((v) => v.uri === uri && v.version === version).find((v) => v.declarations.some((d) => d.qualifiedName === 'bulkPrice' && d.state !== 'pending'));
      return published?.declarations.find((d) => d.qualifiedName === 'bulkPrice');
    });
    const toVerdictMs = performance.now() - sentAt;
    let toDiagnosticMs: number | undefined;
    if (kind === 'changes' && verdict.state === 'changed') {
      await session.diagnosticsWhere(uri, (ds) => ds.some((d) => d.code === 'behavior-change'));
      toDiagnosticMs = performance.now() - sentAt;
    }
    // Let related tests finish before the next edit, so every edit starts from a quiet server.
    await session.idle(mark);
    if (i >= plan.warmup) timed.push({ kind, toVerdictMs: Math.round(toVerdictMs), toDiagnosticMs: toDiagnosticMs === undefined ? undefined : Math.round(toDiagnosticMs), state: verdict.state });
    process.stderr.write(`bench: lsp edit ${i + 1}/${plan.warmup + plan.edits} (${kind}): ${Math.round(toVerdictMs)} ms ${verdict.state}\n`);
  }
  const peak = memory.stop();
  await session.stop();
  copy.remove();
  rmSync(cache, { recursive: true, force: true });

  const all = timed.map((t) => t.toVerdictMs);
  const diagnostics = timed.flatMap((t) => (t.toDiagnosticMs === undefined ? [] : [t.toDiagnosticMs]));
  const result = {
    edits: timed.length,
    warmup: plan.warmup,
    toVerdictMs: summarize(all),
    keeps: summarize(timed.filter((t) => t.kind === 'keeps').map((t) => t.toVerdictMs)),
    changes: summarize(timed.filter((t) => t.kind === 'changes').map((t) => t.toVerdictMs)),
    toDiagnosticMs: summarize(diagnostics),
    states: timed.reduce<Record<string, number>>((counts, t) => ({ ...counts, [t.state]: (counts[t.state] ?? 0) + 1 }), {}),
    memory: peak,
    runs: timed,
  };
  writeFileSync(plan.outFile, JSON.stringify(result, null, 2));
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
