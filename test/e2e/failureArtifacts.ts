// When a test of a describe block fails: a screenshot and the logs of the workbench it drove, saved
// into test-results/ (Workbench.saveArtifacts), and where they are on stderr.
import { beforeEach } from 'vitest';
import type { Workbench } from './workbench';

export function saveArtifactsOnFailure(prefix: string, workbench: () => Workbench | undefined): void {
  beforeEach((context) => {
    context.onTestFailed(async () => {
      const dir = await workbench()?.saveArtifacts(`${prefix}-${context.task.name}`);
      console.error(`screenshot and logs of the failure: ${dir}`);
    });
  });
}
