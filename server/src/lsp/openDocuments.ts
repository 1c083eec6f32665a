// The documents the editor has open, kept in step with incremental changes. Unlike the library's
// TextDocuments manager, each change is handed on with its content changes, which the AI-range
// store needs to keep marks in the right place.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';

export interface DocumentChange {
  document: TextDocument;
  previous: TextDocument;
  changes: TextDocumentContentChangeEvent[];
}

export interface OpenDocumentsEvents {
  opened(document: TextDocument): void;
  changed(change: DocumentChange): void;
  closed(uri: string): void;
}

export class OpenDocuments {
  private readonly documents = new Map<string, TextDocument>();

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return [...this.documents.values()];
  }

  listen(connection: Connection, events: OpenDocumentsEvents): void {
    connection.onDidOpenTextDocument(({ textDocument }) => {
      const document = TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text);
      this.documents.set(textDocument.uri, document);
      events.opened(document);
    });
    connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const previous = this.documents.get(textDocument.uri);
      if (!previous) return;
      const before = TextDocument.create(previous.uri, previous.languageId, previous.version, previous.getText());
      const document = TextDocument.update(previous, contentChanges, textDocument.version);
      this.documents.set(textDocument.uri, document);
      events.changed({ document, previous: before, changes: contentChanges });
    });
    connection.onDidCloseTextDocument(({ textDocument }) => {
      this.documents.delete(textDocument.uri);
      events.closed(textDocument.uri);
    });
  }
}
