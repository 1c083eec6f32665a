// Types of cases.mjs.
import type { PowerCase } from '../power';

export declare const SETS: readonly ['mutant', 'refactor', 'intended'];
export declare const CI_SAMPLE: { counts: { mutant: number; refactor: number; intended: number }; killedOnly: boolean };
export declare function sampleOf<T extends { id: string }>(cases: readonly T[], count?: number): T[];
export declare function powerCorpusCases(options?: {
  modules?: string[];
  counts?: Partial<Record<'mutant' | 'refactor' | 'intended', number>>;
  killedOnly?: boolean;
}): (PowerCase & { parameterKinds: string[] })[];
