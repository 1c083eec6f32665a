// `vouch generate <file>`: writes (or with --dry-run prints) a persistent test file for the file's
// exported functions, in the project's own framework and place.
import * as path from 'node:path';
import { Engine } from '../core/engine';
import type { Logger } from '../core/logger';

export interface GenerateCommandOptions {
  root: string;
  file: string;
  only?: string;
  timeoutMs?: number;
  dryRun: boolean;
  format: 'text' | 'json';
  logger: Logger;
  write(text: string): void;
}

export async function generateCommand(command: GenerateCommandOptions): Promise<number> {
  const engine = new Engine({ logger: command.logger });
  try {
    const result = await engine.generateTests({
      root: command.root,
      file: path.resolve(command.root, command.file),
      declaration: command.only,
      write: !command.dryRun,
      options: command.timeoutMs ? { callTimeoutMs: command.timeoutMs } : undefined,
    });
    if (command.format === 'json') {
      const { text: _text, ...summary } = result;
      command.write(`${JSON.stringify(summary, null, 2)}\n`);
      return 0;
    }
    if (command.dryRun) {
      command.write(result.text);
      return 0;
    }
    const relative = path.relative(command.root, result.file);
    const lines = [`wrote ${relative} (${result.framework}, ${result.created ? 'new file' : 'updated'}): ${result.added.length} test${result.added.length === 1 ? '' : 's'} added, ${result.kept.length} kept`];
    for (const name of result.added) lines.push(`  + ${name}`);
    if (result.notes.length > 0) lines.push('notes:', ...result.notes.map((note) => `  ${note}`));
    command.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await engine.dispose();
  }
}
