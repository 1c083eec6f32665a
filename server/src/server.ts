// Entry of dist/server.js: the Vouch language server, spoken to over IPC by the client.
// Wiring only; the engine lives in ./core and each LSP feature in its own file.
import { createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';

const connection = createConnection(ProposedFeatures.all);

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
  serverInfo: { name: 'vouch' },
}));

connection.onInitialized(() => connection.console.info('Vouch language server started'));

connection.listen();
