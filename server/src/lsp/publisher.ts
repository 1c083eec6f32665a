// Sends a document's state to the editor: diagnostics (for the document version they describe),
// the `vouch/fileVerdicts` notification the UI draws from, and a CodeLens refresh. Also the
// untrusted-workspace message and work-done progress for long runs.
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import type { CodeLens, Connection } from 'vscode-languageserver';
import { FileVerdictsNotification } from '../../../shared/src/protocol';
import type { DeclarationStatus } from '../../../shared/src/protocol';
import type { AiRangeStore } from './aiRanges/aiRangeStore';
import { codeLensesFor } from './codeLenses';
import { diagnosticsFor } from './diagnostics';
import type { DocumentRegistry } from './documentRegistry';
import type { Progress } from './verificationScheduler';
import { declarationRanges } from './verificationScheduler';

export interface PublisherDeps {
  connection: Connection;
  registry: DocumentRegistry;
  aiMarks: AiRangeStore;
  capabilities: { codeLensRefresh: boolean; workDoneProgress: boolean };
  trust: { trusted: boolean; told: boolean };
}

export class Publisher {
  readonly untrustedMessage = 'verification is off: this workspace is not trusted, so Vouch runs no code (AI edits are still marked)';
  private lensRefresh: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deps: PublisherDeps) {}

  private aiEditedNames(uri: string): Set<string> {
    const state = this.deps.registry.states.get(uri);
    return new Set(state ? this.deps.aiMarks.touchedDeclarations(uri, declarationRanges(state)) : []);
  }

  publish(uri: string): void {
    const { registry, connection, aiMarks } = this.deps;
    const state = registry.states.get(uri);
    if (!state) return;
    const aiEdited = this.aiEditedNames(uri);
    const isAccepted = (name: string) => registry.isAccepted(uri, name);
    const diagnostics = state.skipped
      ? []
      : diagnosticsFor({
          state,
          aiRanges: aiMarks.rangesOf(uri),
          unverifiedSeverity: registry.settingsOf(uri).unverifiedSeverity,
          checkSeverities: registry.severitiesOf(uri),
          isAccepted,
          isAiEdited: (name) => aiEdited.has(name),
        });
    void connection.sendDiagnostics({ uri, version: state.version, diagnostics });

    const fresh = new Map(state.fresh().map((e) => [e.verdict.declaration.qualifiedName, e.verdict]));
    const declarations: DeclarationStatus[] = [];
    for (const { qualifiedName, range } of declarationRanges(state)) {
      const verdict = fresh.get(qualifiedName);
      const pending = state.pending.has(qualifiedName);
      if (!verdict && !pending) continue;
      const shown = verdict?.state === 'changed' && isAccepted(qualifiedName) ? 'accepted' : verdict?.state;
      declarations.push({ qualifiedName, range, state: pending ? 'pending' : shown!, verdict: pending ? undefined : verdict, aiEdited: aiEdited.has(qualifiedName) });
    }
    void connection.sendNotification(FileVerdictsNotification, { uri, version: state.version, declarations, aiRanges: aiMarks.rangesOf(uri) });
    this.refreshLenses();
  }

  /** A closed document keeps no diagnostics. */
  cleared(uri: string): void {
    void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  codeLenses(uri: string): CodeLens[] {
    const { registry, trust } = this.deps;
    const state = registry.states.get(uri);
    if (!state || state.skipped) return [];
    const aiEdited = this.aiEditedNames(uri);
    const exclusion = registry.exclusionOf(uri);
    return codeLensesFor({
      state,
      isAccepted: (name) => registry.isAccepted(uri, name),
      isAiEdited: (name) => aiEdited.has(name),
      disabledReason: !trust.trusted ? this.untrustedMessage : exclusion ? `not verified: ${exclusion}` : undefined,
    });
  }

  private refreshLenses(): void {
    if (!this.deps.capabilities.codeLensRefresh || this.lensRefresh) return;
    this.lensRefresh = setTimeout(() => {
      this.lensRefresh = undefined;
      void this.deps.connection.sendRequest(CodeLensRefreshRequest.type);
    }, 30);
  }

  /** Says once, when the workspace is untrusted, why nothing is verified. */
  tellIfUntrusted(): void {
    const { trust, connection } = this.deps;
    if (trust.trusted || trust.told) return;
    trust.told = true;
    void connection.window.showInformationMessage(`Vouch: ${this.untrustedMessage}. Trust the workspace to verify AI edits.`);
  }

  async startProgress(title: string): Promise<Progress | undefined> {
    if (!this.deps.capabilities.workDoneProgress) return undefined;
    const progress = await this.deps.connection.window.createWorkDoneProgress();
    progress.begin(title);
    return { report: (message) => progress.report(message), done: () => progress.done() };
  }
}
