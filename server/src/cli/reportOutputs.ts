// Where reports go: `--format text,sarif` picks formats; without `--output-dir` exactly one is
// printed on stdout; with it, text still goes to stdout (the CI log) and every other format to its
// file in the folder (vouch.json, vouch.sarif, vouch-junit.xml, vouch.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { VouchError } from '../core/errors';
import type { JsonReport } from '../core/report/jsonReport';
import { fromJsonReport } from '../core/report/jsonReport';
import { toJunit } from '../core/report/junitReport';
import { toMarkdown } from '../core/report/markdownReport';
import type { Severity } from '../core/report/reportedFindings';
import { toSarif } from '../core/report/sarifReport';
import { ansiStyle, formatTextReport } from '../core/report/textReport';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export const FILE_NAMES: Record<Exclude<ReportFormat, 'text'>, string> = {
  json: 'vouch.json',
  sarif: 'vouch.sarif',
  junit: 'vouch-junit.xml',
  markdown: 'vouch.md',
};

const ALIASES: Record<string, ReportFormat> = { md: 'markdown', xml: 'junit' };

/** `text,sarif` (flags may repeat) as a list of formats; a clear error for an unknown one. */
export function parseFormats(values: readonly string[]): ReportFormat[] {
  const formats: ReportFormat[] = [];
  for (const word of values.flatMap((v) => v.split(',')).map((w) => w.trim().toLowerCase()).filter(Boolean)) {
    const format = ALIASES[word] ?? word;
    if (!FORMATS.includes(format as ReportFormat)) throw new VouchError('INVALID_OPTION', `--format takes ${FORMATS.join(', ')} (comma-separated; got ${JSON.stringify(word)})`);
    if (!formats.includes(format as ReportFormat)) formats.push(format as ReportFormat);
  }
  return formats.length > 0 ? formats : ['text'];
}

/** Checked before any work, so a bad combination costs nothing. */
export function checkOutputs(formats: readonly ReportFormat[], outputDir: string | undefined): void {
  if (!outputDir && formats.length > 1) {
    throw new VouchError('INVALID_OPTION', `${formats.join(', ')}: several formats need --output-dir (text goes to the terminal, the others to files in that folder)`);
  }
}

export interface OutputOptions {
  formats: readonly ReportFormat[];
  outputDir?: string;
  severity: Severity;
  color: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

export function renderReport(report: JsonReport, format: ReportFormat, severity: Severity, color = false): string {
  switch (format) {
    case 'text':
      return `${formatTextReport(fromJsonReport(report), color ? ansiStyle() : undefined)}\n`;
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(toSarif(report, severity), null, 2)}\n`;
    case 'junit':
      return toJunit(report);
    case 'markdown':
      return toMarkdown(report, severity);
  }
}

/** Writes every requested format; returns the files written. */
export function writeReports(report: JsonReport, options: OutputOptions): string[] {
  const written: string[] = [];
  for (const format of options.formats) {
    if (!options.outputDir || format === 'text') {
      options.stdout(renderReport(report, format, options.severity, options.color && format === 'text'));
      continue;
    }
    mkdirSync(options.outputDir, { recursive: true });
    const file = path.join(options.outputDir, FILE_NAMES[format]);
    writeFileSync(file, renderReport(report, format, options.severity));
    written.push(file);
  }
  if (written.length > 0) options.stderr(`vouch: wrote ${written.map((file) => path.relative(process.cwd(), file) || file).join(', ')}\n`);
  return written;
}
