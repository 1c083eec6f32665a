// The Test Explorer's items, kept in step with the store: file → declaration → check, with the
// same ids and labels as the results tree. Items are reused across syncs (so their results stay),
// and the ones that are gone are removed.
import * as vscode from 'vscode';
import type { Range } from 'vscode-languageserver-protocol';
import type { CheckNode, DeclarationNode, FileNode, ResultsNode } from './resultsTreeModel';

/** What a declaration item stands for, by item id. */
export interface DeclarationEntry {
  item: vscode.TestItem;
  uri: string;
  qualifiedName: string;
  /** Its check items, in the verdict's order. */
  checks: vscode.TestItem[];
}

function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export class TestItemIndex {
  private readonly declarations = new Map<string, DeclarationEntry>();

  constructor(private readonly controller: vscode.TestController) {}

  declaration(id: string): DeclarationEntry | undefined {
    return this.declarations.get(id);
  }

  /** The declarations under an item (itself, its declarations, or a check's declaration). */
  declarationsUnder(item: vscode.TestItem): DeclarationEntry[] {
    const own = this.declarations.get(item.id) ?? (item.parent && this.declarations.get(item.parent.id));
    if (own) return [own];
    const under: DeclarationEntry[] = [];
    item.children.forEach((child) => {
      const entry = this.declarations.get(child.id);
      if (entry) under.push(entry);
    });
    return under;
  }

  allDeclarations(): DeclarationEntry[] {
    return [...this.declarations.values()];
  }

  /** Replaces the items with the results tree's files, declarations and checks. */
  sync(nodes: readonly ResultsNode[]): void {
    this.declarations.clear();
    const files = nodes.filter((n): n is FileNode => n.kind === 'file');
    this.controller.items.replace(files.map((file) => this.fileItem(file)));
  }

  private upsert(collection: vscode.TestItemCollection, id: string, label: string, uri: string): vscode.TestItem {
    const known = collection.get(id);
    if (known) {
      known.label = label;
      return known;
    }
    return this.controller.createTestItem(id, label, vscode.Uri.parse(uri));
  }

  private fileItem(file: FileNode): vscode.TestItem {
    const item = this.upsert(this.controller.items, file.id, file.label, file.uri);
    item.description = file.description;
    item.children.replace(file.children.map((d) => this.declarationItem(item, d)));
    return item;
  }

  private declarationItem(parent: vscode.TestItem, node: DeclarationNode): vscode.TestItem {
    const item = this.upsert(parent.children, node.id, node.label, node.uri);
    item.description = node.description;
    item.range = toRange(node.range);
    item.sortText = String(node.range.start.line).padStart(8, '0');
    item.busy = node.state === 'pending';
    const checks = node.children.map((check) => this.checkItem(item, node, check));
    item.children.replace(checks);
    this.declarations.set(node.id, { item, uri: node.uri, qualifiedName: node.qualifiedName, checks });
    return item;
  }

  private checkItem(parent: vscode.TestItem, declaration: DeclarationNode, node: CheckNode): vscode.TestItem {
    const item = this.upsert(parent.children, node.id, node.label, node.uri);
    item.description = node.description;
    // The crash line when it is in this file, else the declaration's first line.
    const inFile = node.reveal && node.reveal.uri === node.uri ? node.reveal.range : declaration.range;
    item.range = toRange({ start: inFile.start, end: inFile.start });
    return item;
  }
}
