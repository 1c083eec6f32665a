// `vouch verify`: run the engine on the changes under the given paths and print the report.
// Exit codes: 0 nothing failed or changed, 1 something did, 2 usage or internal error.
import { Engine } from '../core/engine';
import type { Logger } from '../core/logger';
import { formatTextReport, ansiStyle } from '../core/report/textReport';
import { exitCodeFor, toJsonReport } from '../core/report/jsonReport';
import type { VerifyOptions } from '../core/verifyOptions';

export interface VerifyCommandOptions {
  root: string;
  paths: string[];
  base?: string;
  format: 'text' | 'json';
  options: Partial<VerifyOptions>;
  color: boolean;
  version: string;
  logger: Logger;
  write(text: string): void;
}

export async function verifyCommand(command: VerifyCommandOptions): Promise<number> {
  const engine = new Engine({ logger: command.logger });
  try {
    const report = await engine.verify({
      root: command.root,
      paths: command.paths.length > 0 ? command.paths : undefined,
      base: command.base,
      options: command.options,
      onVerdict: (verdict) => command.logger.verbose?.(`${verdict.declaration.relativePath} ${verdict.declaration.qualifiedName}: ${verdict.state}`),
    });
    if (command.format === 'json') command.write(`${JSON.stringify(toJsonReport(report, command.version), null, 2)}\n`);
    else command.write(`${formatTextReport(report, command.color ? ansiStyle() : undefined)}\n`);
    return exitCodeFor(report);
  } finally {
    await engine.dispose();
  }
}
