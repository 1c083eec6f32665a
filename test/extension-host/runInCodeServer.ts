// Launcher 1 of the extension-host suite (the one that runs on these machines and in CI): the
// repository loaded unpackaged into code-server through the workbench URL's payload
// (extensionDevelopmentPath + extensionTestsPath). The workbench sends the suite's output to
// window.codeAutomationLog and its exit code to window.codeAutomationExit, both exposed by
// Playwright before the page loads. Launcher 2, for machines that can download VS Code, is
// runInElectron.mjs (@vscode/test-electron); both run the same compiled suite.
import { REPO } from '../../scripts/e2e/paths.mjs';
import { CodeServer } from '../e2e/codeServer';
import { Workbench } from '../e2e/workbench';
import { buildSuite } from './build.mjs';

/** Marks mocha's lines among everything else the workbench logs (suite/index.ts). */
const REPORT_PREFIX = 'vouch-host| ';

export interface SuiteRun {
  exitCode: number;
  /** mocha's report, line by line. */
  report: string[];
  /** Everything the workbench and the extension host logged (the report included). */
  output: string[];
  /** Where the screenshot and logs went when the run failed. */
  artifacts?: string;
}

export interface SuiteRunOptions {
  /** The folder VS Code opens. */
  folder: string;
  /** Only tests whose full title matches (mocha's grep). */
  grep?: string;
  /** The report's lines, as they arrive (default: to process.stdout). */
  print?: (line: string) => void;
  timeoutMs?: number;
}

export async function runSuiteInCodeServer(options: SuiteRunOptions): Promise<SuiteRun> {
  const index = await buildSuite();
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const output: string[] = [];
  const report: string[] = [];
  const server = await CodeServer.start({ driver: false, env: { VOUCH_HOST_LOG_PREFIX: REPORT_PREFIX, ...(options.grep ? { VOUCH_HOST_GREP: options.grep } : {}) } });
  let workbench: Workbench | undefined;
  try {
    let exited!: (code: number) => void;
    const exitCode = new Promise<number>((resolve) => (exited = resolve));
    workbench = await Workbench.open(server, {
      folder: options.folder,
      payload: [
        ['extensionDevelopmentPath', REPO],
        ['extensionTestsPath', index],
      ],
      onAutomationLog: (line) => {
        output.push(line);
        if (!line.startsWith(REPORT_PREFIX)) return;
        report.push(line.slice(REPORT_PREFIX.length));
        print(line.slice(REPORT_PREFIX.length));
      },
      onAutomationExit: (code) => exited(code),
    });
    const timeoutMs = options.timeoutMs ?? 180_000;
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exitCode,
      new Promise<number>((_, reject) => (timer = setTimeout(() => reject(new Error(`the extension-host suite did not finish within ${timeoutMs} ms`)), timeoutMs))),
    ]).finally(() => clearTimeout(timer));
    const artifacts = code === 0 ? undefined : await workbench.saveArtifacts('extension-host-suite', { 'automation.log': output.join('\n') });
    return { exitCode: code, report, output, artifacts };
  } catch (error) {
    const artifacts = await workbench?.saveArtifacts('extension-host-suite', { 'automation.log': output.join('\n') });
    if (artifacts && error instanceof Error) error.message += ` (screenshot and logs in ${artifacts})`;
    throw error;
  } finally {
    await workbench?.close();
    await server.stop();
  }
}
