// How the project's vouch.config.json meets the editor's settings, so the editor verifies with the
// budget, files and sandbox the team set for CI. The file gives the values a person did not set
// in the editor; a setting set in the editor (user, workspace or folder) wins, as command-line
// flags win in CI. `workspace/configuration` gives effective values only: Vouch's client adds the
// names of the settings set explicitly (EXPLICIT_SETTINGS_FIELD); from another client, a value
// equal to its default counts as not set.
//
// Besides settings, the editor takes from the file: include/exclude (projectConfig.ts), sandbox
// allowances (sent with every run) and each check kind's severity (`diagnosticSeverities`).
// `failOn` decides the CLI's exit code and means nothing in the editor.
import type { SeveritySetting, VouchSettings } from '../../../../shared/src/settings';
import { DEFAULT_SETTINGS } from '../../../../shared/src/settings';
import type { CheckKind } from '../model';
import type { SeverityLevel, VouchConfig } from './vouchConfig';

/** SARIF's levels as the editor's severities. */
const EDITOR_SEVERITY: Record<SeverityLevel, SeveritySetting> = { error: 'error', warning: 'warning', note: 'information', none: 'off' };

/** The editor's value for each setting the file can give. */
function fromConfig(config: VouchConfig): Partial<VouchSettings> {
  const values: Partial<VouchSettings> = {
    runs: config.runs,
    timeoutMs: config.timeoutMs,
    affectedLimit: config.affectedLimit,
    relatedTests: config.relatedTests,
    unverifiedSeverity: config.severity?.unverified ? EDITOR_SEVERITY[config.severity.unverified] : undefined,
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<VouchSettings>;
}

/**
 * The settings to verify with: the project's file over the defaults, the editor's explicit settings
 * over both. `explicit` names the settings set in the editor; without it, a setting that differs
 * from its default counts as set.
 */
export function settingsWithProjectConfig(settings: VouchSettings, config: VouchConfig, explicit?: ReadonlySet<keyof VouchSettings>): VouchSettings {
  const isSet = (key: keyof VouchSettings) => (explicit ? explicit.has(key) : settings[key] !== DEFAULT_SETTINGS[key]);
  const result: VouchSettings = { ...settings };
  for (const [key, value] of Object.entries(fromConfig(config)) as [keyof VouchSettings, never][]) {
    if (!isSet(key)) result[key] = value;
  }
  return result;
}

/** The editor's severity for the check kinds the file sets a level for (`none`: no diagnostic;
 *  the verdict still shows in CodeLens and the panel). Kinds it does not name keep the editor's
 *  own (behaviour changes a warning, other failures an error). */
export function diagnosticSeverities(config: VouchConfig): Partial<Record<CheckKind, SeveritySetting>> {
  const result: Partial<Record<CheckKind, SeveritySetting>> = {};
  for (const [key, level] of Object.entries(config.severity ?? {}) as [string, SeverityLevel][]) {
    if (key !== 'unverified') result[key as CheckKind] = EDITOR_SEVERITY[level];
  }
  return result;
}
