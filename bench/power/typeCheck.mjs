// Type-checks edited versions of one corpus module against the rest of the corpus, with one warm
// TypeScript language service (only the edited file changes between checks). Mutants that do not
// compile are left out of the benchmark, as Stryker's TypeScript checker leaves them out of a
// mutation score: an editor shows them red before anything runs.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { CORPUS_DIR } from './corpus.mjs';

export class CorpusTypeChecker {
  #texts = new Map();
  #versions = new Map();
  #service;

  constructor() {
    const configFile = path.join(CORPUS_DIR, 'tsconfig.json');
    const config = ts.readConfigFile(configFile, ts.sys.readFile).config;
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, CORPUS_DIR);
    const files = parsed.fileNames.filter((f) => f.includes(`${path.sep}src${path.sep}`));
    const host = {
      getScriptFileNames: () => files,
      getScriptVersion: (file) => String(this.#versions.get(file) ?? 0),
      getScriptSnapshot: (file) => {
        const text = this.#texts.get(file) ?? (ts.sys.fileExists(file) ? readFileSync(file, 'utf8') : undefined);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => CORPUS_DIR,
      getCompilationSettings: () => parsed.options,
      getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
    };
    this.#service = ts.createLanguageService(host, ts.createDocumentRegistry());
  }

  /** Error messages of the module with `text` in place of its file (empty when it compiles). */
  errors(relativePath, text) {
    const file = path.join(CORPUS_DIR, relativePath);
    this.#texts.set(file, text);
    this.#versions.set(file, (this.#versions.get(file) ?? 0) + 1);
    const diagnostics = [...this.#service.getSyntacticDiagnostics(file), ...this.#service.getSemanticDiagnostics(file)];
    this.#texts.delete(file);
    this.#versions.set(file, (this.#versions.get(file) ?? 0) + 1);
    return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  }
}
