// The walkthrough's two demo commands: "Open the Demo Shop" (a new git workspace) and "Apply the
// Demo AI Edit" (two files rewritten on disk, with their editors open, as an agent would).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { applyDemoEdit, createDemoWorkspace, isDemoWorkspace } from './demoWorkspace';

export function registerDemoCommands(context: vscode.ExtensionContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('vouch.openDemo', async () => {
      const folder = await createDemoWorkspace(context.extensionPath);
      await vscode.commands.executeCommand('vscode.openFolder', vscode.Uri.file(folder), { forceNewWindow: false });
    }),
    vscode.commands.registerCommand('vouch.applyDemoEdit', async () => {
      const folder = vscode.workspace.workspaceFolders?.find((f) => isDemoWorkspace(f.uri.fsPath))?.uri.fsPath;
      if (!folder) {
        void vscode.window.showInformationMessage('Vouch: open the demo shop first ("Vouch: Open the Demo Shop").');
        return;
      }
      // Open the files first: a rewrite of an open, saved file is how an agent's edit shows up.
      const pricing = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(folder, 'src', 'pricing.ts')));
      await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(folder, 'src', 'text.ts')));
      await vscode.window.showTextDocument(pricing, { preview: false });
      applyDemoEdit(folder);
    }),
  ];
}
