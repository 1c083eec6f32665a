// Settings through `workspace/configuration`, per resource: each workspace folder (and file) can
// have its own. Answers are cached per folder only until the client says settings changed.
import type { Connection } from 'vscode-languageserver';
import { settingsFrom } from '../../../shared/src/settings';
import type { VouchSettings } from '../../../shared/src/settings';

export class SettingsReader {
  private readonly cache = new Map<string, Promise<VouchSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly supportsConfiguration: () => boolean,
  ) {}

  /** The settings that apply to a document; `scopeKey` groups documents that share them (their folder). */
  get(uri: string, scopeKey: string): Promise<VouchSettings> {
    if (!this.supportsConfiguration()) return Promise.resolve(settingsFrom(undefined));
    let pending = this.cache.get(scopeKey);
    if (!pending) {
      pending = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'vouch' }).then(settingsFrom, () => settingsFrom(undefined));
      this.cache.set(scopeKey, pending);
    }
    return pending;
  }

  /** Settings changed somewhere: read them again on next use. */
  invalidate(): void {
    this.cache.clear();
  }
}
