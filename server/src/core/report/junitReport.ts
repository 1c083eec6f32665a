// JUnit XML (`--format junit`), the format every CI's test tab reads: one test suite per file,
// one test case per check of each declaration (`bulkPrice › behavior-change`); a failed check is a
// failure whose text holds the counterexample and the replay command; a skipped or unverifiable
// check is skipped with its reason.
import type { CheckResult, Verdict } from '../model';
import type { JsonReport } from './jsonReport';
import { findingSentence } from './reportedFindings';
import type { JsonFinding } from './jsonReport';
import { replayCommand } from './replay';
import type { ReplayContext } from './replay';

/** Text fit for an XML attribute or element: markup escaped, characters XML 1.0 forbids dropped. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${xmlText(String(value))}"`)
    .join('');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function failureBody(verdict: Verdict, finding: JsonFinding, context: ReplayContext): string {
  const lines = [findingSentence(finding)];
  if (finding.input) lines.push(`input: ${finding.input}`);
  if (finding.old !== undefined || finding.new !== undefined) lines.push(`old: ${finding.old ?? '?'}`, `new: ${finding.new ?? '?'}`);
  if (finding.expected !== undefined) lines.push(`expected: ${finding.expected}`);
  if (finding.actual !== undefined) lines.push(`actual: ${finding.actual}`);
  if (finding.location) lines.push(`at: ${verdict.declaration.relativePath}:${finding.location.line}`);
  if (finding.seed !== undefined) lines.push(`seed: ${finding.seed}${finding.path ? ` · path: ${finding.path}` : ''}`);
  const replay = finding.replay ?? (finding.seed !== undefined ? replayCommand(verdict.declaration.relativePath, verdict.declaration.qualifiedName, finding.seed, context) : undefined);
  if (replay) lines.push(`replay: ${replay}`);
  return lines.join('\n');
}

function testCase(verdict: Verdict, check: CheckResult | undefined, context: ReplayContext): { xml: string; failed: boolean; skipped: boolean } {
  const { declaration } = verdict;
  const name = check ? `${declaration.qualifiedName} › ${check.kind}` : declaration.qualifiedName;
  const head = `    <testcase${attributes({ classname: declaration.relativePath, name, time: seconds(check?.durationMs ?? verdict.durationMs), file: declaration.relativePath, line: declaration.span.startLine })}`;
  if (!check) return { xml: `${head}>\n      <skipped${attributes({ message: `unverifiable: ${verdict.reason ?? 'unknown reason'}` })}/>\n    </testcase>`, failed: false, skipped: true };
  if (check.status === 'failed' && check.finding) {
    const finding = check.finding as JsonFinding;
    const body = failureBody(verdict, finding, context);
    return { xml: `${head}>\n      <failure${attributes({ message: findingSentence(finding), type: check.kind })}>${xmlText(body)}</failure>\n    </testcase>`, failed: true, skipped: false };
  }
  if (check.status === 'skipped' || check.status === 'unverifiable') {
    return { xml: `${head}>\n      <skipped${attributes({ message: check.reason ?? check.status })}/>\n    </testcase>`, failed: false, skipped: true };
  }
  return { xml: `${head}/>`, failed: false, skipped: false };
}

export function toJunit(report: JsonReport): string {
  const context: ReplayContext = { base: report.base, baseMode: report.baseMode };
  const files = [...new Set(report.verdicts.map((v) => v.declaration.relativePath))];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const suites = files.map((file) => {
    const verdicts = report.verdicts.filter((v) => v.declaration.relativePath === file);
    const cases = verdicts.flatMap((verdict) => (verdict.checks.length > 0 ? verdict.checks.map((check) => testCase(verdict, check, context)) : [testCase(verdict, undefined, context)]));
    const counts = { tests: cases.length, failures: cases.filter((c) => c.failed).length, skipped: cases.filter((c) => c.skipped).length };
    tests += counts.tests;
    failures += counts.failures;
    skipped += counts.skipped;
    const time = verdicts.reduce((sum, v) => sum + v.durationMs, 0);
    return `  <testsuite${attributes({ name: file, ...counts, errors: 0, time: seconds(time) })}>\n${cases.map((c) => c.xml).join('\n')}\n  </testsuite>`;
  });
  const header = `<testsuites${attributes({ name: 'vouch', tests, failures, errors: 0, skipped, time: seconds(report.durationMs) })}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', header, ...suites, '</testsuites>', ''].join('\n');
}
