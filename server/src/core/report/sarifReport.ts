// SARIF 2.1.0 (`--format sarif`), for GitHub code scanning and other SARIF viewers: one result per
// failed check and per unverifiable declaration; rule ids are the check kinds; the counterexample
// is in the message; a partial fingerprint that ignores lines, inputs and seeds lets code scanning
// track a finding across pushes. A test validates the output against the official schema
// (schemas/sarif/sarif-2.1.0.json).
import { pathToFileURL } from 'node:url';
import type { Log, Result } from 'sarif';
import type { JsonReport } from './jsonReport';
import { reportedFindings } from './reportedFindings';
import type { ReportedFinding, Severity } from './reportedFindings';
import { RULE_IDS, sarifRules } from './sarifRules';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'vouchFinding/v1';
const SRCROOT = '%SRCROOT%';

/** A workspace-relative path as a URI reference (spaces and the like percent-encoded). */
function uriOf(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}

function resultOf(item: ReportedFinding): Result {
  const { finding, verdict } = item;
  const stop = /[.!?]$/.test(item.message) ? '' : '.';
  const replay = item.replay ? `${stop} Replay: ${item.replay}` : '';
  const properties: Record<string, unknown> = { verdict: verdict.state, change: verdict.change };
  if (finding) {
    for (const key of ['input', 'old', 'new', 'expected', 'actual', 'seed', 'path', 'failingInputs', 'totalInputs'] as const) {
      if (finding[key] !== undefined) properties[key] = finding[key];
    }
    if (finding.error) properties.error = `${finding.error.name}: ${finding.error.message}`;
    if (finding.kind === 'related-test' && finding.test) properties.test = finding.test.name;
  }
  if (item.replay) properties.replay = item.replay;
  return {
    ruleId: item.ruleId,
    ruleIndex: RULE_IDS.indexOf(item.ruleId),
    level: item.level,
    message: { text: `${item.message}${replay}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(item.file), uriBaseId: SRCROOT },
          region: { startLine: item.line, startColumn: item.column },
        },
        logicalLocations: [{ fullyQualifiedName: verdict.declaration.qualifiedName, kind: verdict.declaration.kind.includes('method') || verdict.declaration.kind === 'getter' || verdict.declaration.kind === 'constructor' ? 'member' : 'function' }],
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: item.fingerprint },
    properties,
  };
}

export function toSarif(report: JsonReport, severity: Severity = {}): Log {
  const results = reportedFindings(report.verdicts, severity, { base: report.base, baseMode: report.baseMode }).map(resultOf);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Vouch', version: report.tool.version, semanticVersion: report.tool.version, rules: sarifRules(severity) } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(report.root.endsWith('/') ? report.root : `${report.root}/`).href } },
        invocations: [{ executionSuccessful: true, exitCode: report.exitCode }],
        results,
        properties: {
          base: report.base,
          ...(report.baseMode ? { baseMode: report.baseMode } : {}),
          ...(report.baseCommit ? { baseCommit: report.baseCommit } : {}),
          summary: report.summary,
        },
      },
    ],
  };
}
