// The warm ts-morph projects of one workspace: the current code with the workspace's compiler
// options and a type checker (inputs come from parameter types), and a parse-only project for old
// versions (only their declarations' code is compared). Files are added on demand and updated in
// place when their text changes, so the type checker's work is reused across runs.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Project, ts } from 'ts-morph';
import type { SourceFile } from 'ts-morph';
import { VouchError } from '../errors';

function loadProject(root: string): Project {
  const tsConfigFilePath = path.join(root, 'tsconfig.json');
  const base = { skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true };
  if (!existsSync(tsConfigFilePath)) {
    return new Project({
      ...base,
      compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, allowJs: false, skipLibCheck: true },
    });
  }
  const read = ts.readConfigFile(tsConfigFilePath, ts.sys.readFile);
  if (read.error) {
    const message = ts.flattenDiagnosticMessageText(read.error.messageText, ' ');
    throw new VouchError('TSCONFIG_UNREADABLE', `tsconfig.json could not be read: ${message}`, 'fix the file or remove it');
  }
  try {
    return new Project({ ...base, tsConfigFilePath });
  } catch (error) {
    throw new VouchError('TSCONFIG_UNREADABLE', `tsconfig.json could not be used: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

export class WorkspaceProject {
  readonly current: Project;
  private readonly old = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: false } });
  private readonly texts = new Map<string, string>();

  constructor(readonly root: string) {
    this.current = loadProject(root);
  }

  /** The current version of a file, with its imports loaded for the type checker. */
  currentFile(file: string, text: string): SourceFile {
    let sourceFile = this.current.getSourceFile(file);
    if (!sourceFile) {
      sourceFile = this.current.createSourceFile(file, text, { overwrite: true });
      this.texts.set(file, text);
      this.current.resolveSourceFileDependencies();
    } else if (this.texts.get(file) !== text) {
      sourceFile.replaceWithText(text);
      this.texts.set(file, text);
      this.current.resolveSourceFileDependencies();
    }
    return sourceFile;
  }

  /** An old version of a file, parsed only. */
  oldFile(file: string, text: string): SourceFile {
    return this.old.createSourceFile(file, text, { overwrite: true });
  }

  /** A file's parse errors, as `line N: message` (empty when it parses). */
  static syntaxErrors(sourceFile: SourceFile): string[] {
    const diagnostics = (sourceFile.compilerNode as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
    return diagnostics.map((d) => {
      const { line } = sourceFile.compilerNode.getLineAndCharacterOfPosition(d.start);
      return `line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
  }
}
