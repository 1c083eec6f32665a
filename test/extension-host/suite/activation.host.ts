// The extension as VS Code loads it: it activates, registers what its manifest contributes, reads
// its settings' defaults, and hands its parts to whoever asks (the handle later tests use).
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { ExtensionParts } from '../../../client/src/extension';
import { VOUCH_ID, vouchExtension } from './vouch';

interface Manifest {
  contributes: {
    commands: { command: string }[];
    configuration: { properties: Record<string, { default: unknown }> };
  };
}

describe('the Vouch extension in VS Code', () => {
  let extension: vscode.Extension<ExtensionParts>;
  let parts: ExtensionParts;

  before(async () => {
    extension = vouchExtension();
    parts = await extension.activate();
  });

  it('activates, with its language server running', () => {
    assert.equal(extension.isActive, true);
    assert.equal(extension.id, VOUCH_ID);
    assert.ok(parts.client()?.isRunning(), 'the language client is running');
  });

  it("returns its parts from activate: the output channel, the verdict store, the client and the probes", () => {
    assert.equal(parts.output.name, 'Vouch');
    assert.equal(typeof parts.store.onDidChange, 'function');
    assert.equal(typeof parts.client, 'function');
    assert.equal(extension.exports, parts);
    assert.deepEqual(Object.keys(parts.probes).sort(), ['aiEdits', 'decorations', 'testController'], 'the probes of tests and tooling');
  });

  it('logs to a LogOutputChannel named "Vouch"', () => {
    assert.equal(parts.output.name, 'Vouch');
    assert.equal(typeof parts.output.logLevel, 'number', 'a LogOutputChannel (a plain OutputChannel has no level)');
    assert.equal(typeof parts.output.onDidChangeLogLevel, 'function');
  });

  it('registers every command its manifest contributes', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = (extension.packageJSON as Manifest).contributes.commands.map((c) => c.command);
    assert.ok(contributed.length > 0);
    assert.deepEqual(contributed.filter((command) => !registered.has(command)), [], 'contributed commands that are not registered');
  });

  it('gives every vouch.* setting the default its manifest declares', () => {
    const properties = (extension.packageJSON as Manifest).contributes.configuration.properties;
    const configuration = vscode.workspace.getConfiguration();
    const keys = Object.keys(properties);
    assert.ok(keys.length > 0 && keys.every((key) => key.startsWith('vouch.')));
    for (const key of keys) {
      assert.deepEqual(configuration.inspect(key)?.defaultValue, properties[key].default, key);
      assert.deepEqual(configuration.get(key), properties[key].default, `${key} (no user or workspace value is set)`);
    }
  });
});
