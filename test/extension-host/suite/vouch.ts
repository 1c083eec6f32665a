// Shared by the extension-host tests: the Vouch extension as VS Code knows it, its parts and probes.
import * as vscode from 'vscode';
import type { ExtensionParts } from '../../../client/src/extension';
import type { ExtensionProbes } from '../../../client/src/probes';

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

/** The running extension's probes (read-only records of its decisions and drawings), all present. */
export async function vouchProbes(): Promise<Required<ExtensionProbes>> {
  const { probes } = await vouchParts();
  const { aiEdits, decorations, testController } = probes;
  if (!aiEdits || !decorations || !testController) throw new Error(`Vouch's probes are missing after activation: ${JSON.stringify(Object.keys(probes))}`);
  return { aiEdits, decorations, testController };
}
