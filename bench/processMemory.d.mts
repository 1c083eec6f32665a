// Types of processMemory.mjs.

export interface RolePeak {
  /** Largest VmHWM of one process with this role, MB. */
  peakMb: number;
  /** Processes seen with this role (a runner restarted after a hang counts twice). */
  processes: number;
}

export interface PeakMemory {
  supported: boolean;
  intervalMs: number;
  roles: Record<string, RolePeak>;
}

export declare function watchPeakMemory(
  rootPid: number,
  classify: (pid: number, commandLine: string) => string,
  intervalMs?: number,
): { stop(): PeakMemory };
export declare function vouchRole(rootPid: number): (pid: number, commandLine: string) => string;
