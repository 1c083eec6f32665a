// Which document the panel follows. It shows the TypeScript file in the active editor, and keeps
// showing the last one while the user is elsewhere: the output panel, a diff's git: side, the
// report document, the panel itself. A file of another language means "no TypeScript file".
// Pure: the extension passes in what VS Code says.

/** What the panel needs to know of an editor's document. */
export interface EditorDocument {
  uri: string;
  /** `file`, `untitled`, `output`, `git`, `vouch-report`… */
  scheme: string;
  languageId: string;
}

/** The languages Vouch verifies (the language client's document selector). */
export const VERIFIED_LANGUAGES: readonly string[] = ['typescript', 'typescriptreact'];

/** Documents Vouch verifies: TypeScript files on disk. */
export function isVerifiable(document: EditorDocument): boolean {
  return document.scheme === 'file' && VERIFIED_LANGUAGES.includes(document.languageId);
}

/**
 * The document to show after the active editor changed to `active` (undefined: no text editor has
 * focus, or the focus went to a view or a webview).
 */
export function nextShownDocument(current: string | undefined, active: EditorDocument | undefined): string | undefined {
  if (!active) return current;
  if (active.scheme !== 'file') return current;
  return isVerifiable(active) ? active.uri : undefined;
}

/** The document to show after tabs opened or closed: none once the shown one has no tab left. */
export function afterTabsChanged(current: string | undefined, openUris: ReadonlySet<string>): string | undefined {
  return current !== undefined && openUris.has(current) ? current : undefined;
}
