// Settings through `workspace/configuration`, per resource: each workspace folder (and file) can
// have its own. Answers are cached per folder only until the client says settings changed. Vouch's
// client also names the settings set explicitly, which then win over vouch.config.json.
import type { Connection } from 'vscode-languageserver';
import { explicitSettingsFrom, settingsFrom } from '../../../shared/src/settings';
import type { VouchSettings } from '../../../shared/src/settings';

export interface EditorSettings {
  values: VouchSettings;
  /** The settings set in the editor (user, workspace, folder); undefined when the client did not say. */
  explicit?: ReadonlySet<keyof VouchSettings>;
}

function editorSettingsFrom(raw: unknown): EditorSettings {
  return { values: settingsFrom(raw), explicit: explicitSettingsFrom(raw) };
}

export class SettingsReader {
  private readonly cache = new Map<string, Promise<EditorSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly supportsConfiguration: () => boolean,
  ) {}

  /** The settings that apply to a document; `scopeKey` groups documents that share them (their folder). */
  get(uri: string, scopeKey: string): Promise<EditorSettings> {
    if (!this.supportsConfiguration()) return Promise.resolve(editorSettingsFrom(undefined));
    let pending = this.cache.get(scopeKey);
    if (!pending) {
      pending = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'vouch' }).then(editorSettingsFrom, () => editorSettingsFrom(undefined));
      this.cache.set(scopeKey, pending);
    }
    return pending;
  }

  /** Settings changed somewhere: read them again on next use. */
  invalidate(): void {
    this.cache.clear();
  }
}
