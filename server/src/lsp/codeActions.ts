// Quick fixes on a Vouch diagnostic: accept the behaviour change, save the generated tests into
// the project, verify again, open the report. Each runs a client command, which sends the request.
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { COMMANDS } from './codeLenses';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { DiagnosticData } from './diagnostics';

function isVouchDiagnostic(diagnostic: Diagnostic): diagnostic is Diagnostic & { data: DiagnosticData } {
  return diagnostic.source === DIAGNOSTIC_SOURCE && typeof (diagnostic.data as DiagnosticData | undefined)?.qualifiedName === 'string';
}

export function codeActionsFor(params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of params.context.diagnostics.filter(isVouchDiagnostic)) {
    const { uri, qualifiedName, kind } = diagnostic.data;
    const args = [uri, qualifiedName];
    const add = (title: string, command: string, preferred = false) => {
      const key = `${command}:${qualifiedName}`;
      if (seen.has(key)) return;
      seen.add(key);
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, command: { title, command, arguments: args } });
    };
    if (kind === 'behavior-change') add(`Accept the behaviour change of ${qualifiedName}`, COMMANDS.acceptChange, true);
    if (kind === 'slowdown') add(`Accept the slowdown of ${qualifiedName}`, COMMANDS.acceptChange, true);
    add(`Save Vouch's tests for ${qualifiedName} into the project`, COMMANDS.generateTests);
    add(`Verify ${qualifiedName} again`, COMMANDS.rerun);
    add(`Open the Vouch report of ${qualifiedName}`, COMMANDS.showReport);
  }
  return actions;
}
