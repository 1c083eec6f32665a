// The project configuration (vouch.config.json or package.json "vouch") of each workspace folder:
// each folder of a multi-root workspace has its own, read on first use and again when its files
// change (the client's file watcher, or a changed stamp noticed before a run when no event came).
// Listeners hear of every reading that differs from the last one, and of the first.
import { configStamp, readProjectConfig, sameProjectConfig } from '../core/config/projectConfig';
import type { ProjectConfig } from '../core/config/projectConfig';

export type ProjectConfigListener = (project: ProjectConfig, previous: ProjectConfig | undefined) => void;

export class ProjectConfigs {
  private readonly byRoot = new Map<string, ProjectConfig>();
  private readonly listeners: ProjectConfigListener[] = [];

  constructor(private readonly read: (root: string) => ProjectConfig = readProjectConfig) {}

  onDidChange(listener: ProjectConfigListener): void {
    this.listeners.push(listener);
  }

  /** The folder's configuration as last read (read now the first time). */
  get(root: string): ProjectConfig {
    return this.byRoot.get(root) ?? this.reload(root);
  }

  /** Reads the folder's configuration again when its files changed since the last reading. */
  refresh(root: string): ProjectConfig {
    const known = this.byRoot.get(root);
    return known && known.stamp === configStamp(root) ? known : this.reload(root);
  }

  /** Reads the folder's configuration again; tells the listeners when it differs. */
  reload(root: string): ProjectConfig {
    const previous = this.byRoot.get(root);
    const project = this.read(root);
    this.byRoot.set(root, project);
    if (!previous || !sameProjectConfig(previous, project)) for (const listener of this.listeners) listener(project, previous);
    return project;
  }

  /** The folder left the workspace. */
  forget(root: string): ProjectConfig | undefined {
    const project = this.byRoot.get(root);
    this.byRoot.delete(root);
    return project;
  }

  roots(): string[] {
    return [...this.byRoot.keys()];
  }
}

/** True when a new reading verifies differently from the previous one (not only a new problem). */
export function verifiesDifferently(project: ProjectConfig, previous: ProjectConfig | undefined): boolean {
  return previous !== undefined && JSON.stringify(project.config) !== JSON.stringify(previous.config);
}
