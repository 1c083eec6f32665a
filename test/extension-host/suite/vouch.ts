// Shared by the extension-host tests: the Vouch extension as VS Code knows it.
import * as vscode from 'vscode';
import type { ExtensionParts } from '../../../client/src/extension';

export const VOUCH_ID = 'vouch-dev.vouch';

export function vouchExtension(): vscode.Extension<ExtensionParts> {
  const extension = vscode.extensions.getExtension<ExtensionParts>(VOUCH_ID);
  if (!extension) throw new Error(`${VOUCH_ID} is not loaded (extensionDevelopmentPath should be the repository)`);
  return extension;
}

/** Vouch activated, and its parts (output channel, verdict store, language client). */
export async function vouchParts(): Promise<ExtensionParts> {
  return vouchExtension().activate();
}
