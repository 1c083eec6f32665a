// `workspace/configuration` answers with effective values only, so the server could not tell a
// setting the user set to its default from one left alone, and the project's vouch.config.json
// would lose to both. The client adds to every `vouch` section it answers the names of the
// settings set in the editor (user, workspace or folder settings): those win over the file.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { DEFAULT_SETTINGS, EXPLICIT_SETTINGS_FIELD } from '../../shared/src/settings';

/** The Vouch settings set in the editor for a resource (or the window), by their key under `vouch.`. */
export function explicitSettings(scope: vscode.Uri | undefined): string[] {
  const section = vscode.workspace.getConfiguration('vouch', scope);
  return Object.keys(DEFAULT_SETTINGS).filter((key) => {
    const set = section.inspect(key);
    return set !== undefined && [set.globalValue, set.workspaceValue, set.workspaceFolderValue].some((value) => value !== undefined);
  });
}

/** Language-client middleware: each `vouch` section of a configuration answer names its explicit settings. */
export const explicitSettingsMiddleware: Middleware['workspace'] = {
  configuration: async (params, token, next) => {
    const answers = await next(params, token);
    if (!Array.isArray(answers)) return answers;
    return answers.map((answer: unknown, index) => {
      const item = params.items[index];
      if (item?.section !== 'vouch' || answer === null || typeof answer !== 'object') return answer;
      const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
      return { ...answer, [EXPLICIT_SETTINGS_FIELD]: explicitSettings(scope) };
    });
  },
};
