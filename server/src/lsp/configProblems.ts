// A broken project configuration, shown where it is wrong: an Error diagnostic on the file itself
// at the unknown key, the bad value or the JSON syntax error, plus one message per problem (with a
// button that opens the file there) and a log line. Vouch meanwhile verifies with the editor's
// settings and the defaults. Fixing the file clears the diagnostic.
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Connection, Diagnostic, Range } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { ProjectConfig } from '../core/config/projectConfig';
import type { Logger } from '../core/logger';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** Diagnostic code of a configuration problem. */
export const CONFIG_PROBLEM_CODE = 'config';

export const CONFIG_FALLBACK_NOTE = 'until it is fixed, Vouch verifies with your settings and its defaults';

export interface ConfigProblemDeps {
  connection: Connection;
  logger: Logger;
  /** The client can open a document at a place (`window/showDocument`). */
  canShowDocument(): boolean;
}

export class ConfigProblems {
  /** The file each folder's problem is shown on, as a URI. */
  private readonly shownOn = new Map<string, string>();
  /** The problem each folder's user was told of. */
  private readonly told = new Map<string, string>();

  constructor(private readonly deps: ConfigProblemDeps) {}

  /** Shows the folder's problem, or clears the one shown when the file is fine now. */
  update(project: ProjectConfig): void {
    const { root, problem } = project;
    const shown = this.shownOn.get(root);
    if (!problem) {
      if (shown) this.deps.logger.info(`Vouch: the configuration of ${root} is fine again${project.source ? ` (${project.source})` : ''}`);
      this.clear(root);
      return;
    }
    const uri = URI.file(problem.file).toString();
    if (shown && shown !== uri) void this.deps.connection.sendDiagnostics({ uri: shown, diagnostics: [] });
    const { span } = problem;
    const range: Range = { start: { line: span.startLine - 1, character: span.startColumn - 1 }, end: { line: span.endLine - 1, character: span.endColumn - 1 } };
    const diagnostic: Diagnostic = { range, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, code: CONFIG_PROBLEM_CODE, message: `${problem.message} (${CONFIG_FALLBACK_NOTE})` };
    void this.deps.connection.sendDiagnostics({ uri, diagnostics: [diagnostic] });
    this.shownOn.set(root, uri);
    if (this.told.get(root) === problem.message) return;
    this.told.set(root, problem.message);
    this.deps.logger.warn(`Vouch: ${problem.message}; ${CONFIG_FALLBACK_NOTE}`);
    void this.tell(`Vouch: ${problem.message}. ${CONFIG_FALLBACK_NOTE[0].toUpperCase()}${CONFIG_FALLBACK_NOTE.slice(1)}.`, uri, range);
  }

  /** Takes the folder's diagnostic away (the file is fine, or the folder left the workspace). */
  clear(root: string): void {
    const shown = this.shownOn.get(root);
    if (shown) void this.deps.connection.sendDiagnostics({ uri: shown, diagnostics: [] });
    this.shownOn.delete(root);
    this.told.delete(root);
  }

  private async tell(message: string, uri: string, selection: Range): Promise<void> {
    const open = { title: 'Open the file' };
    const chosen = await this.deps.connection.window.showWarningMessage(message, ...(this.deps.canShowDocument() ? [open] : [])).catch(() => undefined);
    if (chosen?.title === open.title) await this.deps.connection.window.showDocument({ uri, selection, takeFocus: true }).catch(() => undefined);
  }
}
