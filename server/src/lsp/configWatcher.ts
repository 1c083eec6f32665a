// Watching the project configuration: the server asks the client to watch every folder's
// vouch.config.json and package.json (dynamic registration of `workspace/didChangeWatchedFiles`,
// so the client needs no list of its own) and reads a folder's configuration again when one of
// its two files is created, changed or deleted. A client that cannot watch still gets the current
// file: the scheduler re-reads a configuration whose files changed before each run.
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import type { Connection } from 'vscode-languageserver';
import { CONFIG_FILE } from '../core/config/loadConfig';
import type { Logger } from '../core/logger';
import type { ProjectConfigs } from './projectConfigs';
import type { WorkspaceFolders } from './workspaceFolders';
import { fileOf } from './workspaceFolders';

export const CONFIG_WATCH_PATTERN = `**/{${CONFIG_FILE},package.json}`;

export interface ConfigWatcherDeps {
  connection: Connection;
  folders: WorkspaceFolders;
  configs: ProjectConfigs;
  logger: Logger;
}

/** The workspace folders whose configuration a changed file belongs to (it sits at their top). */
export function foldersOfConfigFile(file: string, roots: readonly string[]): string[] {
  const name = path.basename(file);
  if (name !== CONFIG_FILE && name !== 'package.json') return [];
  return roots.filter((root) => path.dirname(file) === root);
}

export function watchProjectConfigs(deps: ConfigWatcherDeps, canRegister: boolean): void {
  const { connection, folders, configs, logger } = deps;
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const roots = new Set(changes.flatMap((change) => {
      const file = fileOf(change.uri);
      return file ? foldersOfConfigFile(file, folders.all()) : [];
    }));
    for (const root of roots) configs.reload(root);
  });
  if (!canRegister) {
    logger.info('the client cannot watch files for Vouch: a changed vouch.config.json is read again before the next verification');
    return;
  }
  void connection.client
    .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_WATCH_PATTERN }] })
    .catch((error: unknown) => logger.warn(`could not watch ${CONFIG_FILE}: ${error instanceof Error ? error.message : String(error)}`));
}
