// Gutter icons and overview-ruler marks on AI-edited lines, by the state of the declaration they
// fall in (aiRangeGroups.ts decides which). The first line of each span gets the state's icon, the
// rest a bar; the ruler mark uses the `vouch.aiEdit.*` theme colours. Applied to every visible
// editor of a document, on store changes and when editors become visible. What it drew is kept
// for tests and tooling (`DecorationsProbe`): the VS Code API cannot read decorations back.
import * as vscode from 'vscode';
import type { ExtensionParts } from '../extension';
import { pushBounded } from '../probes';
import type { AppliedDecorations, DecorationsProbe, LineSpanTuple } from '../probes';
import type { VerdictStore } from '../state/verdictStore';
import { AI_EDIT_GROUPS, groupAiRanges, gutterIconFile, headsAndBodies } from './aiRangeGroups';
import type { AiEditGroup, LineSpan } from './aiRangeGroups';
import { coalesce } from './coalesce';
import { AI_EDIT_COLORS } from './viewIds';

interface GroupDecorations {
  head: vscode.TextEditorDecorationType;
  bar: vscode.TextEditorDecorationType;
}

/** The light and dark SVGs of a group's head or bar. */
export function gutterIconPaths(extensionUri: vscode.Uri, group: AiEditGroup, part: 'head' | 'bar'): { light: vscode.Uri; dark: vscode.Uri } {
  return {
    light: vscode.Uri.joinPath(extensionUri, gutterIconFile(group, part, 'light')),
    dark: vscode.Uri.joinPath(extensionUri, gutterIconFile(group, part, 'dark')),
  };
}

function decorationType(extensionUri: vscode.Uri, group: AiEditGroup, part: 'head' | 'bar'): vscode.TextEditorDecorationType {
  const icons = gutterIconPaths(extensionUri, group, part);
  const ruler = { overviewRulerColor: new vscode.ThemeColor(AI_EDIT_COLORS[group]), overviewRulerLane: vscode.OverviewRulerLane.Left };
  return vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    ...ruler,
    light: { gutterIconPath: icons.light, gutterIconSize: 'contain' },
    dark: { gutterIconPath: icons.dark, gutterIconSize: 'contain' },
  });
}

function toRanges(spans: readonly LineSpan[]): vscode.Range[] {
  return spans.map((s) => new vscode.Range(s.startLine, 0, s.endLine, 0));
}

function toTuples(spans: readonly LineSpan[]): LineSpanTuple[] {
  return spans.map((s) => [s.startLine, s.endLine] as const);
}

export class AiEditDecorations implements vscode.Disposable, DecorationsProbe {
  private readonly types: Record<AiEditGroup, GroupDecorations>;
  private readonly applied = new Map<string, AppliedDecorations[]>();

  constructor(
    private readonly store: VerdictStore,
    extensionUri: vscode.Uri,
  ) {
    const entries = AI_EDIT_GROUPS.map((group) => [group, { head: decorationType(extensionUri, group, 'head'), bar: decorationType(extensionUri, group, 'bar') }] as const);
    this.types = Object.fromEntries(entries) as Record<AiEditGroup, GroupDecorations>;
  }

  /** Redraws the visible editors of one document, or of every document. */
  update(uri?: string): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (uri === undefined || editor.document.uri.toString() === uri) this.apply(editor);
    }
  }

  private apply(editor: vscode.TextEditor): void {
    const file = this.store.file(editor.document.uri.toString());
    // Untrusted: nothing is verified, so every AI-edited line is only marked.
    const groups = file && groupAiRanges(vscode.workspace.isTrusted ? file : { aiRanges: file.aiRanges, declarations: [] });
    const drawn: Partial<AppliedDecorations['groups']> = {};
    for (const group of AI_EDIT_GROUPS) {
      const { heads, bodies } = headsAndBodies(groups?.[group] ?? []);
      editor.setDecorations(this.types[group].head, toRanges(heads));
      editor.setDecorations(this.types[group].bar, toRanges(bodies));
      drawn[group] = { heads: toTuples(heads), bars: toTuples(bodies) };
    }
    const history = this.applied.get(editor.document.uri.toString()) ?? [];
    pushBounded(history, { redraw: (history.at(-1)?.redraw ?? 0) + 1, groups: drawn as AppliedDecorations['groups'] }, 50);
    this.applied.set(editor.document.uri.toString(), history);
  }

  history(uri: string): readonly AppliedDecorations[] {
    return [...(this.applied.get(uri) ?? [])];
  }

  dispose(): void {
    for (const { head, bar } of Object.values(this.types)) {
      head.dispose();
      bar.dispose();
    }
  }
}

/** AI-edit decorations, kept in step with the store and the visible editors; `parts.probes.decorations` when given. */
export function registerDecorations(parts: Pick<ExtensionParts, 'store'> & Partial<Pick<ExtensionParts, 'probes'>>, extensionUri: vscode.Uri): vscode.Disposable[] {
  const decorations = new AiEditDecorations(parts.store, extensionUri);
  if (parts.probes) parts.probes.decorations = decorations;
  const dirty = new Set<string | undefined>();
  const redraw = coalesce(() => {
    const all = dirty.has(undefined);
    const uris = [...dirty];
    dirty.clear();
    if (all) decorations.update();
    else for (const uri of uris) decorations.update(uri);
  }, 50);
  const later = (uri: string | undefined) => {
    dirty.add(uri);
    redraw.schedule();
  };
  decorations.update();
  return [
    decorations,
    redraw,
    parts.store.onDidChange(later),
    vscode.window.onDidChangeVisibleTextEditors(() => later(undefined)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => later(undefined)),
  ];
}
