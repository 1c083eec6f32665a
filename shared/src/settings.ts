// Vouch's settings, one type for the client, the server and the CLI. The editor reads them per
// resource (`vouch.*`, scope `resource`); package.json's `contributes.configuration` declares the
// same keys, and a test keeps the two in step.

export type VerificationMode = 'aiEdits' | 'allChanges';
export type BaselineSetting = 'HEAD' | 'preEdit';
export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface VouchSettings {
  /** Verify at all. */
  enable: boolean;
  /** `aiEdits`: declarations an AI edit touched; `allChanges`: every declaration changed against the baseline. */
  mode: VerificationMode;
  /** Compare with git HEAD, or with the text just before the AI edit. */
  baseline: BaselineSetting;
  /** Generated inputs per property. */
  runs: number;
  /** Time budget per check; a call slower than this is a hang. */
  timeoutMs: number;
  /** Wait this long after the last edit before verifying. */
  debounceMs: number;
  /** Severity of "AI edit not verified" diagnostics. */
  unverifiedSeverity: SeveritySetting;
  /** Most unchanged callers checked because they call changed code. */
  affectedLimit: number;
  /** Run the workspace's tests that import changed files. */
  relatedTests: boolean;
  /** AI-edit detection: a single insertion of at least this many lines… */
  aiEditMinLines: number;
  /** …or at least this many characters (that is not the clipboard's text) counts as an AI edit. */
  aiEditMinChars: number;
}

export const DEFAULT_SETTINGS: VouchSettings = {
  enable: true,
  mode: 'aiEdits',
  baseline: 'HEAD',
  runs: 200,
  timeoutMs: 2_000,
  debounceMs: 300,
  unverifiedSeverity: 'error',
  affectedLimit: 10,
  relatedTests: true,
  aiEditMinLines: 3,
  aiEditMinChars: 120,
};

/** Settings as read from the editor: anything missing or of the wrong type takes its default. */
export function settingsFrom(raw: unknown): VouchSettings {
  const given = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const value = given[key];
    if (typeof value === typeof fallback && (typeof value !== 'number' || (Number.isFinite(value) && value >= 0))) result[key] = value;
  }
  return result as unknown as VouchSettings;
}

/**
 * The field Vouch's client adds to the `vouch` section it answers `workspace/configuration` with:
 * the names of the settings set explicitly (user, workspace or folder settings), so that the
 * project's vouch.config.json gives the others. Without it (another client), a value equal to its
 * default counts as not set.
 */
export const EXPLICIT_SETTINGS_FIELD = '$explicit';

/** The settings named as set explicitly in a `vouch` section; undefined when the client did not say. */
export function explicitSettingsFrom(raw: unknown): ReadonlySet<keyof VouchSettings> | undefined {
  const named = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[EXPLICIT_SETTINGS_FIELD] : undefined;
  if (!Array.isArray(named)) return undefined;
  return new Set(named.filter((key): key is keyof VouchSettings => typeof key === 'string' && key in DEFAULT_SETTINGS));
}
